/** Where the embedded (PGlite) database lives unless PGLITE_DIR says otherwise. */
export const DEFAULT_PGLITE_DIR = ".data/pglite";
