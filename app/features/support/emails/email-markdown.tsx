import type { ReactNode } from "react";

/**
 * Renders the small Markdown subset the e-mail bodies use (as GOV.UK Notify does): "# heading", "* list item",
 * [text](url) links, blank-line paragraphs and line breaks. Text is escaped by React.
 */
function inline(text: string, key: string): ReactNode[] {
  const out: ReactNode[] = [];
  const re = /\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  let m: RegExpExecArray | null;
  let i = 0;
  while ((m = re.exec(text))) {
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push(
      <a key={`${key}-a${i++}`} className="govuk-link" href={m[2]}>
        {m[1]}
      </a>,
    );
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

function withBreaks(lines: string[], key: string): ReactNode[] {
  return lines.flatMap((line, i) => [...(i ? [<br key={`${key}-br${i}`} />] : []), ...inline(line, `${key}-${i}`)]);
}

export function EmailMarkdown({ body }: { body: string }) {
  const blocks = body.split(/\n{2,}/);
  return (
    <>
      {blocks.map((block, b) => {
        const lines = block.split("\n");
        if (lines.length === 1 && lines[0].startsWith("# ")) {
          return (
            <h4 key={b} className="govuk-heading-s">
              {inline(lines[0].slice(2), `h${b}`)}
            </h4>
          );
        }
        if (lines.every((l) => l.startsWith("* "))) {
          return (
            <ul key={b} className="govuk-list govuk-list--bullet">
              {lines.map((l, i) => (
                <li key={i}>{inline(l.slice(2), `l${b}-${i}`)}</li>
              ))}
            </ul>
          );
        }
        return (
          <p key={b} className="govuk-body">
            {withBreaks(lines, `p${b}`)}
          </p>
        );
      })}
    </>
  );
}
