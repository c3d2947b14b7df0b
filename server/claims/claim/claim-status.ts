/** NIoT sub-provider codes excluded from the claims provider list (NIoT HQ itself stays). Reference Appendix B. */
export const NIOT_SUB_PROVIDER_CODES = [
  "1YF", "21J", "1GV", "2HE", "24P", "1MN", "1TZ", "5J5", "7K9", "L06", "2P4", "21P",
  "1FE", "3P4", "3L4", "2H7", "2A6", "4W2", "4L1", "4L3", "4C2", "5A6", "2U6",
];
