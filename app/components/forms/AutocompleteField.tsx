import { useEffect, useRef, useState, type ComponentType, type ReactNode } from "react";
import { ErrorMessage, Hint, Label, TextInput } from "~/components/govuk";
import { cx, hasContent } from "~/components/govuk/utils";
import type { ServiceName } from "~/lib/services";
import type { Suggestion, SuggestionList } from "~/lib/suggestions.client";
import type { AutocompleteProps } from "accessible-autocomplete/react";

/**
 * A search field that becomes a GOV.UK accessible-autocomplete once JavaScript runs (docs/engineering.md,
 * "Autocomplete fields").
 *
 * - Without JavaScript (and until the page is hydrated) it is a plain text input named `name`: the form posts the
 *   text and the step's action searches (→ an options step of radios), exactly as before.
 * - With JavaScript the same input is an autocomplete fed by `@trpc/client` from the suggestions endpoint
 *   (`/api/trpc`, `<service>.<list>`). Picking a suggestion fills the text with its name and a hidden input `pickName`
 *   with its id. The action honours the id only if it still names that record (`pickedSuggestion` in
 *   `~/lib/suggestions.server`), so editing the text after a pick falls back to the search.
 */
export interface AutocompleteFieldProps {
  /** Name (and id) of the text input, e.g. "providerQuery". */
  name: string;
  /** Name of the hidden input that carries the picked suggestion's id, e.g. "providerId". Omit for text only. */
  pickName?: string;
  /** Where suggestions come from: the service's suggestion list (see server/shared/suggestions). */
  suggestions: { service: ServiceName; list: SuggestionList };
  label: ReactNode;
  labelClassName?: string;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: ReactNode;
  defaultValue?: string;
  /** Classes for the input, e.g. "govuk-!-width-one-half". */
  className?: string;
}

/** Wait for a pause in typing before asking the server (the endpoint has a per-user budget). */
const DEBOUNCE_MS = 250;

type Loaded = {
  Autocomplete: ComponentType<AutocompleteProps<Suggestion>>;
  fetchSuggestions: typeof import("~/lib/suggestions.client").fetchSuggestions;
};

export function AutocompleteField(props: AutocompleteFieldProps) {
  const { name, pickName, suggestions, label, labelClassName, isPageHeading, hint, error, className } = props;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // Whatever was typed before the enhancement loaded is kept.
  const [initialText, setInitialText] = useState(props.defaultValue ?? "");
  const [picked, setPicked] = useState<Suggestion | null>(null);
  // While a search is under way the list says nothing, rather than "No results found" for the previous text.
  const [searching, setSearching] = useState(false);
  const pending = useRef<{ timer?: ReturnType<typeof setTimeout>; controller?: AbortController }>({});

  useEffect(() => {
    let cancelled = false;
    Promise.all([import("accessible-autocomplete/react"), import("~/lib/suggestions.client")])
      .then(([autocomplete, client]) => {
        if (cancelled) return;
        const mod = autocomplete as unknown as { default: unknown };
        // The package is CommonJS: the component is `default`, or `default.default` depending on the interop.
        const Autocomplete = ((mod.default as { default?: unknown }).default ?? mod.default) as Loaded["Autocomplete"];
        const typed = (document.getElementById(name) as HTMLInputElement | null)?.value;
        if (typed !== undefined) setInitialText(typed);
        setLoaded({ Autocomplete, fetchSuggestions: client.fetchSuggestions });
      })
      .catch(() => {
        // The plain search field stays: the form works without the enhancement.
      });
    const current = pending.current;
    return () => {
      cancelled = true;
      clearTimeout(current.timer);
      current.controller?.abort();
    };
  }, [name]);

  if (!loaded) {
    return (
      <TextInput
        name={name}
        label={label}
        labelClassName={labelClassName}
        isPageHeading={isPageHeading}
        hint={hint}
        error={error}
        defaultValue={props.defaultValue}
        className={className}
        autoComplete="off"
        spellCheck={false}
      />
    );
  }

  const { Autocomplete, fetchSuggestions } = loaded;
  const hintId = hasContent(hint) ? `${name}-hint` : undefined;
  const errorId = hasContent(error) ? `${name}-error` : undefined;

  const source = (query: string, populate: (results: Suggestion[]) => void) => {
    const p = pending.current;
    clearTimeout(p.timer);
    p.controller?.abort();
    setSearching(true);
    p.timer = setTimeout(() => {
      const controller = new AbortController();
      p.controller = controller;
      fetchSuggestions(suggestions.service, suggestions.list, query, controller.signal)
        .then((results) => {
          if (controller.signal.aborted) return;
          setSearching(false);
          populate(results);
        })
        .catch(() => {
          // Refused or failed (e.g. the rate limit): no suggestions; the typed text still submits as a search.
          if (controller.signal.aborted) return;
          setSearching(false);
          populate([]);
        });
    }, DEBOUNCE_MS);
  };

  return (
    <div className={cx("govuk-form-group", errorId && "govuk-form-group--error")}>
      <Label
        htmlFor={name}
        className={labelClassName ?? (isPageHeading ? "govuk-label--l" : undefined)}
        isPageHeading={isPageHeading}
      >
        {label}
      </Label>
      {hintId ? <Hint id={hintId}>{hint}</Hint> : null}
      {errorId ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <div className={className}>
        <Autocomplete
          id={name}
          name={name}
          defaultValue={initialText}
          source={source}
          minLength={2}
          displayMenu="overlay"
          showNoOptionsFound={!searching}
          inputClasses={cx("govuk-input", errorId && "govuk-input--error")}
          templates={{ inputValue: suggestionText, suggestion: suggestionHtml }}
          onConfirm={(option) => {
            // A query still on its way would reopen the menu over the choice just made.
            clearTimeout(pending.current.timer);
            pending.current.controller?.abort();
            setSearching(false);
            if (option && typeof option === "object") setPicked(option);
          }}
          tNoResults={() => "No results found"}
          tStatusQueryTooShort={(n) => `Type in ${n} or more characters for results`}
        />
      </div>
      {pickName ? <input type="hidden" name={pickName} value={picked?.id ?? ""} /> : null}
    </div>
  );
}

function suggestionText(option: Suggestion | string | undefined) {
  if (!option) return "";
  return typeof option === "string" ? option : option.name;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** The library renders this string as HTML: every value is escaped. */
function suggestionHtml(option: Suggestion | string) {
  if (typeof option === "string") return escapeHtml(option);
  const hint = option.hint ? `<span class="app-autocomplete__hint">${escapeHtml(option.hint)}</span>` : "";
  return `${escapeHtml(option.name)}${hint}`;
}
