/**
 * The words the large benchmark program is written with: teacher-training prose in
 * English with the Russian and Kazakh words co-tutors in Kazakhstan actually mix in.
 * Cyrillic matters: it makes the text multi-byte in UTF-8 and in Yjs.
 */

export const SUBJECTS = [
  'Participants',
  'Each pair',
  'Small groups',
  'The co-tutor',
  'Every group',
  'Novice lecturers',
  'Teachers from Almaty and Astana',
  'The facilitator',
  'Two volunteers',
  'Subject teachers',
  'Language teachers',
  'The whole group',
] as const;

/** Modal verbs keep every subject, singular or plural, grammatical. */
export const MODALS = ['will', 'can', 'should', 'may', 'will then'] as const;

export const VERBS = [
  'compare',
  'annotate',
  'design',
  'rehearse',
  'evaluate',
  'adapt',
  'summarise',
  'discuss',
  'map',
  'plan',
  'sequence',
  'justify',
  'observe',
  'rewrite',
] as const;

export const OBJECTS = [
  'a short CLIL sequence for a first-year course',
  'the key vocabulary of the unit',
  'a rubric for the сабақ (lesson) they observed',
  'the success criteria of a micro-lesson',
  'three scaffolding strategies for mixed-ability groups',
  'a task that moves from lower- to higher-order thinking',
  'the language demands of a chemistry lecture',
  'an exit ticket in English and қазақ тілі',
  'the feedback they received from their peers',
  'a reading text on renewable energy',
  'the урок plan drafted on Monday',
  'a checklist for inclusive group work',
  'the білім (knowledge) participants bring from their schools',
  'a worked example with sentence frames',
] as const;

export const TAILS = [
  'before the plenary.',
  'using the 4Cs framework.',
  'with a partner from another faculty.',
  'in English, Russian and Kazakh.',
  'and record one question for the мұғалім (teacher) on the board.',
  'within ten minutes.',
  'so that every оқушы (student) can take part.',
  'and share the result on the class padlet.',
  'against the descriptors of level B1.',
  'as preparation for Thursday’s micro-teaching.',
  'while the co-tutor notes examples of good practice.',
  'and explain which choice they would keep.',
] as const;

export const LIST_ITEMS = [
  'Sentence frames on the wall: “I agree with … because …”',
  'A glossary of terms in three languages (термин, термин, term)',
  'Think–pair–share before any whole-group answer',
  'Visual organisers for cause and effect',
  'Wait time of at least five seconds after a question',
  'Bilingual word walls: бағалау – оценивание – assessment',
  'Roles in each group: timekeeper, scribe, reporter',
  'A model answer analysed together before the task',
  'Peer checking with a two-column checklist',
  'Short video with subtitles, watched twice',
  'Self-assessment with traffic-light cards',
  'Reflection journal entry: рефлексия in two sentences',
  'Realia and photographs from the local museum',
  'Jigsaw reading of four short extracts',
] as const;

export const SESSION_TITLES: Record<string, readonly string[]> = {
  workshop: ['Designing CLIL tasks', 'Scaffolding academic writing', 'Questioning for thinking'],
  input: [
    'Principles of CLIL and EMI',
    'Language across the curriculum',
    'Assessment for learning',
  ],
  visit: ['Visit to Nazarbayev Intellectual School', 'Observing a бастауыш сынып lesson'],
  'micro-teaching': ['Micro-teaching round 1', 'Micro-teaching round 2'],
  'peer-feedback': ['Peer feedback on micro-lessons', 'Feedback with the ladder of feedback'],
  reflection: ['Daily reflection', 'Reflection circle: what changes on Monday?'],
  'project-work': ['Project work: a unit plan', 'Project work: materials and resources'],
  plenary: ['Plenary: questions of the day', 'Closing plenary and certificates'],
  excursion: ['Excursion to the Medeu valley', 'City walk with a language task'],
  break: ['Coffee break'],
  lunch: ['Lunch'],
};

export const STAGE_RESOURCES = [
  'Slides 4–9, handout A',
  'Flipchart, markers, sticky notes',
  'Laptop, projector, timer',
  'Worksheet “Language demands”',
  'Observation grid (шаблон наблюдения)',
  'Padlet board and QR code',
] as const;
