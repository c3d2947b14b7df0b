/** The declaration a school user accepts when submitting a claim (add/edit wizard, draft submission, invalid provider). */
export function ClaimDeclaration({ providerName }: { providerName: string }) {
  return (
    <>
      <h2 className="govuk-heading-m">Declaration</h2>
      <p className="govuk-body">
        By submitting this claim, I confirm that the information is correct, the mentors completed the hours of training
        shown, and the hours have been agreed with {providerName}.
      </p>
    </>
  );
}
