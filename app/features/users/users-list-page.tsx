import { useLoaderData } from "@remix-run/react";
import { Button, Table } from "~/components/govuk";
import { FlashBanner } from "~/components/layout/FlashBanner";
import { govukMeta } from "~/lib/page";
import { usersListLoader } from "./users.server";

type Data = { labels: { heading: string } };
export const meta = govukMeta<Data>((data) => data?.labels.heading ?? "Users");
export const loader = usersListLoader;

export default function UsersListPage() {
  const { users, basePath, labels } = useLoaderData<typeof loader>();
  return (
    <>
      <FlashBanner />
      <h1 className="govuk-heading-l">{labels.heading}</h1>
      <Button href={`${basePath}/new`}>{labels.add}</Button>
      {users.length === 0 ? (
        <p className="govuk-body">There are no users.</p>
      ) : (
        <Table
          head={["Name", "Email"]}
          rows={users.map((user) => [
            <a key="name" className="govuk-link" href={`${basePath}/${user.id}`}>
              {user.firstName} {user.lastName}
            </a>,
            user.email,
          ])}
        />
      )}
    </>
  );
}
