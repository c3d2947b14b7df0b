import type { ProviderType } from '../generated/enums.ts'

export type SeedProvider = {
  code: string
  name: string
  providerType: ProviderType
  accredited: boolean
  placementsService: boolean
  ukprn: string
  address1: string
  town: string
  city?: string
  county?: string
  postcode: string
  telephone: string
  website: string
  latitude: number
  longitude: number
  emails: string[] // first one is the primary address
}

export const BEST_PRACTICE_NETWORK_CODE = '1BN'
export const NIOT_CODE = '2N8'

export const PROVIDERS: SeedProvider[] = [
  {
    code: BEST_PRACTICE_NETWORK_CODE, name: 'Best Practice Network', providerType: 'scitt', accredited: true, placementsService: true,
    ukprn: '10025876', address1: 'Newminster House, 27-29 Baldwin Street', town: 'Bristol', city: 'Bristol', postcode: 'BS1 1LT',
    telephone: '0117 920 9200', website: 'https://www.bestpracticenet.co.uk', latitude: 51.4533, longitude: -2.5954,
    emails: ['itt@bestpracticenet.co.uk', 'partnerships@bestpracticenet.co.uk'],
  },
  {
    code: NIOT_CODE, name: 'National Institute of Teaching', providerType: 'scitt', accredited: true, placementsService: true,
    ukprn: '10090187', address1: '1 Midland Way', town: 'Birmingham', city: 'Birmingham', postcode: 'B1 1TT',
    telephone: '0121 555 0100', website: 'https://niot.org.uk', latitude: 52.4776, longitude: -1.8985,
    emails: ['itt@niot.org.uk'],
  },
  {
    code: '1YF', name: 'National Institute of Teaching - Birmingham', providerType: 'scitt', accredited: true, placementsService: false,
    ukprn: '10090188', address1: '1 Midland Way', town: 'Birmingham', postcode: 'B1 1TT',
    telephone: '0121 555 0101', website: 'https://niot.org.uk', latitude: 52.4776, longitude: -1.8985,
    emails: ['birmingham@niot.org.uk'],
  },
  {
    code: 'L23', name: 'University of Leeds', providerType: 'university', accredited: true, placementsService: true,
    ukprn: '10007795', address1: 'Woodhouse Lane', town: 'Leeds', city: 'Leeds', county: 'West Yorkshire', postcode: 'LS2 9JT',
    telephone: '0113 243 1751', website: 'https://www.leeds.ac.uk', latitude: 53.8067, longitude: -1.5550,
    emails: ['itt-partnerships@leeds.ac.uk'],
  },
  {
    code: 'M20', name: 'The University of Manchester', providerType: 'university', accredited: true, placementsService: false,
    ukprn: '10007798', address1: 'Oxford Road', town: 'Manchester', city: 'Manchester', postcode: 'M13 9PL',
    telephone: '0161 306 6000', website: 'https://www.manchester.ac.uk', latitude: 53.4668, longitude: -2.2339,
    emails: ['pgce@manchester.ac.uk'],
  },
  {
    code: 'U80', name: 'UCL (University College London)', providerType: 'university', accredited: true, placementsService: true,
    ukprn: '10007784', address1: '20 Bedford Way', town: 'London', city: 'London', postcode: 'WC1H 0AL',
    telephone: '020 7612 6000', website: 'https://www.ucl.ac.uk/ioe', latitude: 51.5226, longitude: -0.1279,
    emails: ['ioe.partnership@ucl.ac.uk', 'ioe.placements@ucl.ac.uk'],
  },
  {
    code: 'B78', name: 'University of Bristol', providerType: 'university', accredited: true, placementsService: false,
    ukprn: '10007786', address1: '35 Berkeley Square', town: 'Bristol', city: 'Bristol', postcode: 'BS8 1JA',
    telephone: '0117 928 9000', website: 'https://www.bristol.ac.uk', latitude: 51.4558, longitude: -2.6035,
    emails: ['education-partnerships@bristol.ac.uk'],
  },
  {
    code: 'S21', name: 'Sheffield Hallam University', providerType: 'university', accredited: true, placementsService: false,
    ukprn: '10005790', address1: 'Howard Street', town: 'Sheffield', city: 'Sheffield', postcode: 'S1 1WB',
    telephone: '0114 225 5555', website: 'https://www.shu.ac.uk', latitude: 53.3786, longitude: -1.4650,
    emails: ['teachertraining@shu.ac.uk'],
  },
  {
    code: 'N21', name: 'Newcastle University', providerType: 'university', accredited: true, placementsService: false,
    ukprn: '10007799', address1: 'King George VI Building, Queen Victoria Road', town: 'Newcastle upon Tyne', postcode: 'NE1 7RU',
    telephone: '0191 208 6000', website: 'https://www.ncl.ac.uk', latitude: 54.9799, longitude: -1.6145,
    emails: ['pgce@ncl.ac.uk'],
  },
  {
    code: 'K60', name: "King's College London", providerType: 'university', accredited: true, placementsService: false,
    ukprn: '10003645', address1: 'Waterloo Bridge Wing, Franklin-Wilkins Building', town: 'London', city: 'London', postcode: 'SE1 9NH',
    telephone: '020 7836 5454', website: 'https://www.kcl.ac.uk', latitude: 51.5049, longitude: -0.1126,
    emails: ['pgce-partnership@kcl.ac.uk'],
  },
  {
    code: 'L24', name: 'Leeds Trinity University', providerType: 'university', accredited: true, placementsService: false,
    ukprn: '10003863', address1: 'Brownberrie Lane, Horsforth', town: 'Leeds', postcode: 'LS18 5HD',
    telephone: '0113 283 7100', website: 'https://www.leedstrinity.ac.uk', latitude: 53.8445, longitude: -1.6420,
    emails: ['partnership@leedstrinity.ac.uk'],
  },
  {
    code: '2HT', name: 'Harris Initiative Teacher Training', providerType: 'scitt', accredited: true, placementsService: true,
    ukprn: '10040812', address1: '4th Floor Norfolk House, Wellesley Road', town: 'Croydon', postcode: 'CR0 1LH',
    telephone: '020 8253 7777', website: 'https://www.harrisfederation.org.uk', latitude: 51.3758, longitude: -0.0975,
    emails: ['itt@harrisfederation.org.uk'],
  },
  {
    code: '3B7', name: "Bromley Schools' Collegiate", providerType: 'scitt', accredited: true, placementsService: false,
    ukprn: '10033917', address1: 'Oakley Road', town: 'Bromley', postcode: 'BR2 8HP',
    telephone: '020 8462 6699', website: 'https://www.bsc.bromley.sch.uk', latitude: 51.3735, longitude: 0.0300,
    emails: ['admin@bsc.bromley.sch.uk'],
  },
  {
    code: '1ET', name: 'Essex and Thames SCITT', providerType: 'scitt', accredited: true, placementsService: false,
    ukprn: '10046371', address1: 'Brentwood Road', town: 'Basildon', county: 'Essex', postcode: 'SS16 5RU',
    telephone: '01268 555 101', website: 'https://www.essexandthamesscitt.org.uk', latitude: 51.5685, longitude: 0.4510,
    emails: ['enquiries@essexandthamesscitt.org.uk'],
  },
  {
    code: '5C2', name: 'Cornwall SCITT', providerType: 'scitt', accredited: true, placementsService: false,
    ukprn: '10055210', address1: 'Treyew Road', town: 'Truro', county: 'Cornwall', postcode: 'TR1 2BY',
    telephone: '01872 555 200', website: 'https://www.cornwallscitt.org.uk', latitude: 50.2599, longitude: -5.0614,
    emails: ['scitt@cornwallscitt.org.uk'],
  },
  {
    code: '1SN', name: 'Suffolk and Norfolk SCITT', providerType: 'scitt', accredited: true, placementsService: false,
    ukprn: '10034567', address1: 'Colman Road', town: 'Norwich', county: 'Norfolk', postcode: 'NR4 7AW',
    telephone: '01603 555 300', website: 'https://www.snscitt.org.uk', latitude: 52.6249, longitude: 1.2600,
    emails: ['info@snscitt.org.uk'],
  },
  {
    code: '4TF', name: 'Teach First', providerType: 'scitt', accredited: true, placementsService: false,
    ukprn: '10016271', address1: '6 Mitre Passage', town: 'London', postcode: 'SE10 0ER',
    telephone: '0800 862 0131', website: 'https://www.teachfirst.org.uk', latitude: 51.5005, longitude: 0.0038,
    emails: ['partnerships@teachfirst.org.uk'],
  },
  {
    code: '2A5', name: 'Ambition Institute', providerType: 'scitt', accredited: true, placementsService: false,
    ukprn: '10061234', address1: '5 Cheapside', town: 'Birmingham', postcode: 'B5 6AY',
    telephone: '0121 555 0400', website: 'https://www.ambition.org.uk', latitude: 52.4710, longitude: -1.8870,
    emails: ['itt@ambition.org.uk'],
  },
  {
    code: '1OA', name: 'Oakwood Teaching School Alliance', providerType: 'lead_school', accredited: false, placementsService: true,
    ukprn: '10062345', address1: 'Oakwood Park Road', town: 'London', postcode: 'N14 6QB',
    telephone: '020 8886 5555', website: 'https://www.oakwoodtsa.org.uk', latitude: 51.6470, longitude: -0.1310,
    emails: ['tsa@oakwoodtsa.org.uk'],
  },
  {
    code: '3RL', name: 'Riverside Lead School Partnership', providerType: 'lead_school', accredited: false, placementsService: false,
    ukprn: '10063456', address1: 'Riverside Way', town: 'Manchester', postcode: 'M15 5RS',
    telephone: '0161 555 0600', website: 'https://www.riversidepartnership.org.uk', latitude: 53.4650, longitude: -2.2550,
    emails: ['hello@riversidepartnership.org.uk'],
  },
  {
    code: '5YK', name: 'York and District Teacher Training', providerType: 'lead_school', accredited: false, placementsService: false,
    ukprn: '10064567', address1: 'Fulfordgate', town: 'York', postcode: 'YO10 4FY',
    telephone: '01904 555 700', website: 'https://www.yorkteachertraining.org.uk', latitude: 53.9380, longitude: -1.0700,
    emails: ['office@yorkteachertraining.org.uk'],
  },
]
