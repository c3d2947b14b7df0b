/** Demo mentors (TRNs are 7 digits; none are real teacher records). */
export const MENTORS = [
  ['1000001', 'Sarah', 'Ahmed'], ['1000002', 'James', 'Bennett'], ['1000003', 'Priya', 'Chauhan'],
  ['1000004', 'Daniel', 'Okafor'], ['1000005', 'Emma', 'Fletcher'], ['1000006', 'Tom', 'Harding'],
  ['1000007', 'Aisha', 'Igwe'], ['1000008', 'Michael', 'Jones'], ['1000009', 'Olivia', 'Kowalski'],
  ['1000010', 'Raj', 'Lal'], ['1000011', 'Grace', 'Murphy'], ['1000012', 'Hannah', 'Nowak'],
  ['1000013', 'Chloe', 'O’Brien'], ['1000014', 'Ben', 'Patel'], ['1000015', 'Zara', 'Quinn'],
  ['1000016', 'Liam', 'Roberts'], ['1000017', 'Fatima', 'Shah'], ['1000018', 'George', 'Thompson'],
  ['1000019', 'Isla', 'Underwood'], ['1000020', 'Noah', 'Vaughan'], ['1000021', 'Maya', 'Williams'],
  ['1000022', 'Oscar', 'Xu'], ['1000023', 'Ella', 'Young'], ['1000024', 'Samuel', 'Zielinski'],
  ['1000025', 'Lucy', 'Adams'], ['1000026', 'Ethan', 'Brown'], ['1000027', 'Sophie', 'Clarke'],
  ['1000028', 'Yusuf', 'Demir'], ['1000029', 'Megan', 'Evans'], ['1000030', 'Harry', 'Foster'],
] as const satisfies readonly (readonly [string, string, string])[]
