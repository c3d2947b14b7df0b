export { eligibleSchoolsStartLoader as loader } from "~/features/claims/support-eligible-schools/eligible-schools.server";
