import { createContext, useContext } from "react";

/** The per-request CSP nonce, provided by entry.server.tsx (never sent in loader data). */
export const NonceContext = createContext<string | undefined>(undefined);
export const useNonce = () => useContext(NonceContext);
