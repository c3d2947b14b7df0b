// accessible-autocomplete ships no types; this is the part of its React API the app uses.
declare module "accessible-autocomplete/react" {
  import type { ComponentType } from "react";
  export interface AutocompleteProps<T> {
    id: string;
    name?: string;
    defaultValue?: string;
    source: (query: string, populateResults: (results: T[]) => void) => void;
    onConfirm?: (selected: T | undefined) => void;
    templates?: {
      inputValue?: (option: T | string | undefined) => string;
      suggestion?: (option: T | string) => string;
    };
    minLength?: number;
    confirmOnBlur?: boolean;
    showNoOptionsFound?: boolean;
    displayMenu?: "inline" | "overlay";
    inputClasses?: string;
    menuClasses?: string;
    tNoResults?: () => string;
    tStatusQueryTooShort?: (minQueryLength: number) => string;
  }
  const Autocomplete: ComponentType<AutocompleteProps<unknown>>;
  export default Autocomplete;
}
