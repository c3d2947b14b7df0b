import { NotificationBanner } from "~/components/govuk";
import { useFlashBanner } from "~/lib/page";

/** The success banner an action flashed before redirecting here (shown once). */
export function FlashBanner() {
  const banner = useFlashBanner();
  if (!banner) return null;
  return (
    <NotificationBanner
      type={banner.type ?? "success"}
      title={banner.title ?? (banner.type === "important" ? "Important" : "Success")}
      heading={banner.heading}
    >
      {banner.body ? <p className="govuk-body">{banner.body}</p> : null}
    </NotificationBanner>
  );
}
