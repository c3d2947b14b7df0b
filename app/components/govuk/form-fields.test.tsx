// @vitest-environment node
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  Checkboxes,
  DateInput,
  ErrorMessage,
  Fieldset,
  Label,
  Radios,
  Select,
  Textarea,
  TextInput,
  dateInputErrorTarget,
} from "./index";
import { attrsById } from "./test-utils";

const html = (node: React.ReactElement) => renderToStaticMarkup(node);

describe("ErrorMessage", () => {
  it("has a visually hidden Error: prefix", () => {
    expect(html(<ErrorMessage id="x-error">Enter a name</ErrorMessage>)).toBe(
      '<p id="x-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Enter a name</p>',
    );
  });

  it("can omit the prefix", () => {
    expect(html(<ErrorMessage visuallyHiddenText={false}>Oops</ErrorMessage>)).toBe(
      '<p class="govuk-error-message">Oops</p>',
    );
  });
});

describe("Label and Fieldset", () => {
  it("wraps a page-heading label in h1.govuk-label-wrapper", () => {
    expect(
      html(
        <Label htmlFor="a" isPageHeading className="govuk-label--l">
          A
        </Label>,
      ),
    ).toBe('<h1 class="govuk-label-wrapper"><label class="govuk-label govuk-label--l" for="a">A</label></h1>');
  });

  it("renders a page-heading legend", () => {
    const out = html(
      <Fieldset legend="Where?" isPageHeading describedBy="w-hint">
        <p>x</p>
      </Fieldset>,
    );
    expect(out).toBe(
      '<fieldset class="govuk-fieldset" aria-describedby="w-hint"><legend class="govuk-fieldset__legend govuk-fieldset__legend--l"><h1 class="govuk-fieldset__heading">Where?</h1></legend><p>x</p></fieldset>',
    );
  });
});

describe("TextInput", () => {
  it("defaults id to name and renders a plain input", () => {
    const out = html(
      <TextInput name="email" label="Email address" type="email" autoComplete="email" spellCheck={false} />,
    );
    expect(out).toMatch(
      /^<div class="govuk-form-group"><label class="govuk-label" for="email">Email address<\/label><input [^>]*\/><\/div>$/,
    );
    // (HTML attribute names are case-insensitive; React keeps autoComplete's casing)
    expect(attrsById(out, "email")).toEqual({
      tag: "input",
      class: "govuk-input",
      id: "email",
      name: "email",
      type: "email",
      autoComplete: "email",
      spellcheck: "false",
    });
  });

  it("wires hint and error into aria-describedby and adds error classes", () => {
    const out = html(
      <TextInput
        name="trn"
        label="TRN"
        hint="7 digits"
        error="Enter a TRN"
        className="govuk-input--width-10"
        inputMode="numeric"
        defaultValue="12"
      />,
    );
    expect(out).toContain('<div class="govuk-form-group govuk-form-group--error">');
    expect(out).toContain('<div id="trn-hint" class="govuk-hint">7 digits</div>');
    expect(out).toContain(
      '<p id="trn-error" class="govuk-error-message"><span class="govuk-visually-hidden">Error:</span> Enter a TRN</p>',
    );
    expect(out).toContain('class="govuk-input govuk-input--width-10 govuk-input--error"');
    expect(out).toContain('aria-describedby="trn-hint trn-error"');
    expect(out).toContain('inputMode="numeric"');
    expect(out).toContain('value="12"');
  });

  it("renders prefix and suffix in an input wrapper", () => {
    const out = html(<TextInput name="cost" id="cost-input" label="Cost" prefix="£" suffix="per item" />);
    expect(out).toContain(
      '<div class="govuk-input__wrapper"><div class="govuk-input__prefix" aria-hidden="true">£</div><input class="govuk-input" id="cost-input" name="cost" type="text"/><div class="govuk-input__suffix" aria-hidden="true">per item</div></div>',
    );
    expect(out).toContain('for="cost-input"');
  });
});

describe("Textarea and Select", () => {
  it("textarea has rows=5 and error wiring", () => {
    const out = html(<Textarea name="more" label="More" error="Too long" defaultValue="hi" />);
    expect(out).toContain('class="govuk-textarea govuk-textarea--error"');
    expect(out).toContain('rows="5"');
    expect(out).toContain('aria-describedby="more-error"');
    expect(out).toContain(">hi</textarea>");
  });

  it("select marks the defaultValue option selected", () => {
    const out = html(
      <Select
        name="sort"
        label="Sort by"
        defaultValue="b"
        error="Choose"
        items={[
          { value: "a", text: "A" },
          { value: "b", text: "B" },
        ]}
      />,
    );
    expect(out).toContain(
      'class="govuk-select govuk-select--error" id="sort" name="sort" aria-describedby="sort-error"',
    );
    expect(out).toContain('<option value="b" selected="">B</option>');
  });
});

describe("Radios", () => {
  const items = [
    { value: "yes", text: "Yes", hint: "Some hint", conditional: <p>More</p> },
    { value: "no", text: "No" },
    { divider: "or" },
    { value: "unsure", text: "Not sure" },
  ];

  it("uses govuk ids: first input id is the name", () => {
    const out = html(<Radios name="contact" legend="Contact?" items={items} />);
    expect(attrsById(out, "contact")).toMatchObject({ tag: "input", name: "contact", type: "radio", value: "yes" });
    expect(attrsById(out, "contact-2")).toMatchObject({ name: "contact", type: "radio", value: "no" });
    // dividers count towards the index, like govuk-frontend's loop.index
    expect(attrsById(out, "contact-4")).toMatchObject({ name: "contact", type: "radio", value: "unsure" });
    expect(attrsById(out, "contact")).not.toHaveProperty("checked");
    expect(out).toContain('<div class="govuk-radios__divider">or</div>');
    // Conditional content is revealed by React, not govuk-frontend (whose aria-expanded on radios fails axe).
    expect(out).not.toContain('data-module="govuk-radios"');
    expect(out).not.toContain("aria-expanded");
    expect(out).toContain('aria-describedby="contact-item-hint"');
    expect(out).toContain('<div id="contact-item-hint" class="govuk-hint govuk-radios__hint">Some hint</div>');
    expect(out).toContain(
      '<div class="govuk-radios__conditional govuk-radios__conditional--hidden" id="conditional-contact"><p>More</p></div>',
    );
  });

  it("fieldset is described by hint and error; checked value; inline/small", () => {
    const out = html(
      <Radios
        name="contact"
        legend="Contact?"
        isPageHeading
        hint="Pick one"
        error="Select an option"
        value="yes"
        inline
        small
        items={items}
      />,
    );
    expect(out).toMatch(
      /^<div class="govuk-form-group govuk-form-group--error"><fieldset class="govuk-fieldset" aria-describedby="contact-hint contact-error">/,
    );
    expect(out).toContain('<h1 class="govuk-fieldset__heading">Contact?</h1>');
    expect(out).toContain('class="govuk-radios govuk-radios--inline govuk-radios--small"');
    expect(attrsById(out, "contact")).toHaveProperty("checked");
    expect(attrsById(out, "contact-2")).not.toHaveProperty("checked");
    expect(out).toContain('<div class="govuk-radios__conditional" id="conditional-contact">');
  });
});

describe("Checkboxes", () => {
  it("supports an exclusive 'none' option and checked values", () => {
    const out = html(
      <Checkboxes
        name="subjects"
        legend="Subjects"
        hint="Select all that apply"
        error="Select a subject"
        values={["maths"]}
        items={[
          { value: "maths", text: "Maths" },
          { value: "english", text: "English" },
          { divider: "or" },
          { value: "none", text: "None of these", exclusive: true },
        ]}
      />,
    );
    expect(out).toContain('aria-describedby="subjects-hint subjects-error"');
    expect(attrsById(out, "subjects")).toMatchObject({
      name: "subjects",
      type: "checkbox",
      value: "maths",
      checked: "",
    });
    expect(attrsById(out, "subjects-2")).toMatchObject({ name: "subjects", type: "checkbox", value: "english" });
    expect(attrsById(out, "subjects-2")).not.toHaveProperty("checked");
    expect(out).toContain('<div class="govuk-checkboxes__divider">or</div>');
    expect(attrsById(out, "subjects-4")).toMatchObject({ value: "none", "data-behaviour": "exclusive" });
    expect(out).toContain('data-module="govuk-checkboxes"');
  });

  it("without a fieldset, each checkbox is described by the group hint/error", () => {
    const out = html(<Checkboxes name="agree" error="Confirm" items={[{ value: "yes", text: "I agree" }]} />);
    expect(out).not.toContain("<fieldset");
    expect(attrsById(out, "agree")).toMatchObject({
      type: "checkbox",
      value: "yes",
      "aria-describedby": "agree-error",
    });
  });
});

describe("DateInput", () => {
  it("renders day/month/year ids and ${name}-part names inside a role=group fieldset", () => {
    const out = html(
      <DateInput
        name="startDate"
        legend="Start date"
        hint="For example, 27 3 2025"
        values={{ day: "27", month: "3", year: "2025" }}
      />,
    );
    expect(out).toContain('<fieldset class="govuk-fieldset" role="group" aria-describedby="startDate-hint">');
    expect(out).toContain('<div class="govuk-date-input" id="startDate">');
    expect(out).toContain(
      '<div class="govuk-date-input__item"><div class="govuk-form-group"><label class="govuk-label govuk-date-input__label" for="startDate-day">Day</label><input inputMode="numeric" class="govuk-input govuk-date-input__input govuk-input--width-2" id="startDate-day" name="startDate-day" type="text" value="27"/></div></div>',
    );
    expect(out).toContain('id="startDate-month" name="startDate-month"');
    expect(out).toContain(
      'class="govuk-input govuk-date-input__input govuk-input--width-4" id="startDate-year" name="startDate-year"',
    );
  });

  it("highlights all parts on error, or only errorParts", () => {
    const all = html(<DateInput name="dob" legend="DOB" error="Enter a date" />);
    expect(all).toContain("govuk-form-group--error");
    expect(all).toContain('aria-describedby="dob-error"');
    expect(all.match(/govuk-input--error/g)).toHaveLength(3);

    const some = html(<DateInput name="dob" legend="DOB" error="Enter a year" errorParts={["year"]} />);
    expect(some.match(/govuk-input--error/g)).toHaveLength(1);
    expect(some).toContain(
      'class="govuk-input govuk-date-input__input govuk-input--error govuk-input--width-4" id="dob-year"',
    );
    expect(dateInputErrorTarget("dob", ["year"])).toBe("dob-year");
    expect(dateInputErrorTarget("dob")).toBe("dob-day");
  });
});
