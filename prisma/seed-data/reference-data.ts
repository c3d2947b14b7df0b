import type { SubjectArea } from "../generated/enums.ts";

/** Subjects with Publish (Teacher Training Courses API) codes. Modern Languages is a parent with child languages. */
export type SeedSubject = { name: string; code: string | null; subjectArea: SubjectArea; children?: SeedSubject[] };

export const SUBJECTS: SeedSubject[] = [
  { name: "Primary", code: "00", subjectArea: "primary" },
  { name: "Primary with English", code: "01", subjectArea: "primary" },
  { name: "Primary with geography and history", code: "02", subjectArea: "primary" },
  { name: "Primary with mathematics", code: "03", subjectArea: "primary" },
  { name: "Primary with modern languages", code: "04", subjectArea: "primary" },
  { name: "Primary with physical education", code: "06", subjectArea: "primary" },
  { name: "Primary with science", code: "07", subjectArea: "primary" },
  { name: "Art and design", code: "W1", subjectArea: "secondary" },
  { name: "Biology", code: "C1", subjectArea: "secondary" },
  { name: "Business studies", code: "08", subjectArea: "secondary" },
  { name: "Chemistry", code: "F1", subjectArea: "secondary" },
  { name: "Citizenship", code: "09", subjectArea: "secondary" },
  { name: "Classics", code: "Q8", subjectArea: "secondary" },
  { name: "Communication and media studies", code: "P3", subjectArea: "secondary" },
  { name: "Computing", code: "11", subjectArea: "secondary" },
  { name: "Dance", code: "12", subjectArea: "secondary" },
  { name: "Design and technology", code: "DT", subjectArea: "secondary" },
  { name: "Drama", code: "13", subjectArea: "secondary" },
  { name: "Economics", code: "L1", subjectArea: "secondary" },
  { name: "English", code: "Q3", subjectArea: "secondary" },
  { name: "Geography", code: "F8", subjectArea: "secondary" },
  { name: "Health and social care", code: "L5", subjectArea: "secondary" },
  { name: "History", code: "V1", subjectArea: "secondary" },
  { name: "Mathematics", code: "G1", subjectArea: "secondary" },
  { name: "Music", code: "W3", subjectArea: "secondary" },
  { name: "Philosophy", code: "P1", subjectArea: "secondary" },
  { name: "Physical education", code: "C6", subjectArea: "secondary" },
  { name: "Physics", code: "F3", subjectArea: "secondary" },
  { name: "Psychology", code: "C8", subjectArea: "secondary" },
  { name: "Religious education", code: "V6", subjectArea: "secondary" },
  { name: "Social sciences", code: "14", subjectArea: "secondary" },
  { name: "Science", code: "F0", subjectArea: "secondary" },
  {
    name: "Modern Languages",
    code: null,
    subjectArea: "secondary",
    children: [
      { name: "French", code: "15", subjectArea: "secondary" },
      { name: "German", code: "17", subjectArea: "secondary" },
      { name: "Italian", code: "18", subjectArea: "secondary" },
      { name: "Japanese", code: "19", subjectArea: "secondary" },
      { name: "Mandarin", code: "20", subjectArea: "secondary" },
      { name: "Russian", code: "21", subjectArea: "secondary" },
      { name: "Spanish", code: "22", subjectArea: "secondary" },
      { name: "Modern languages (other)", code: "24", subjectArea: "secondary" },
    ],
  },
];

export const KEY_STAGES = [
  "Early years",
  "Key stage 1",
  "Key stage 2",
  "Key stage 3",
  "Key stage 4",
  "Key stage 5",
  "Mixed key stages",
] as const;

export const TERMS = ["Autumn term", "Spring term", "Summer term"] as const;

/** GIAS SEN1..SEN13 provision types. */
export const SEN_PROVISIONS = [
  "ASD - Autistic Spectrum Disorder",
  "HI - Hearing Impairment",
  "MLD - Moderate Learning Difficulty",
  "MSI - Multi-Sensory Impairment",
  "OTH - Other Difficulty/Disability",
  "PD - Physical Disability",
  "PMLD - Profound and Multiple Learning Difficulty",
  "SEMH - Social, Emotional and Mental Health",
  "SLCN - Speech, language and Communication",
  "SLD - Severe Learning Difficulty",
  "SpLD - Specific Learning Difficulty",
  "VI - Visual Impairment",
] as const;

/** England and Wales bank holidays (GOV.UK) for 2026 and 2027. */
export const BANK_HOLIDAYS = [
  { date: "2026-01-01", title: "New Year’s Day" },
  { date: "2026-04-03", title: "Good Friday" },
  { date: "2026-04-06", title: "Easter Monday" },
  { date: "2026-05-04", title: "Early May bank holiday" },
  { date: "2026-05-25", title: "Spring bank holiday" },
  { date: "2026-08-31", title: "Summer bank holiday" },
  { date: "2026-12-25", title: "Christmas Day" },
  { date: "2026-12-28", title: "Boxing Day (substitute day)" },
  { date: "2027-01-01", title: "New Year’s Day" },
  { date: "2027-03-26", title: "Good Friday" },
  { date: "2027-03-29", title: "Easter Monday" },
  { date: "2027-05-03", title: "Early May bank holiday" },
  { date: "2027-05-31", title: "Spring bank holiday" },
  { date: "2027-08-30", title: "Summer bank holiday" },
  { date: "2027-12-27", title: "Christmas Day (substitute day)" },
  { date: "2027-12-28", title: "Boxing Day (substitute day)" },
] as const;

export const TRUSTS = [
  { uid: "16812", name: "Harris Federation" },
  { uid: "5145", name: "Oasis Community Learning" },
  { uid: "4062", name: "United Learning Trust" },
  { uid: "2168", name: "Ark Schools" },
  { uid: "3206", name: "Leeds Learning Alliance" },
] as const;
