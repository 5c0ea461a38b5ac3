import type { CreateCharterDto, CreateProjectDto } from '@app/contracts';

/** The Leeds Partnership (shared/seeds/leeds-partnership.txt) as a charter. */
export const LEEDS_PARTNERSHIP: CreateCharterDto = {
  institution: 'University of Leeds',
  title: 'The Leeds Partnership',
  academicYear: '2025/26',
  parties: ['the University of Leeds', 'Leeds University Union', 'staff', 'students'],
  definition:
    'A set of shared expectations, agreed between staff and students and within groups on a peer-to-peer level. Being part of the University community is a participatory process: students and staff are responsible for making the most of the opportunities available.',
  commitments: [
    'be responsible, accessible and respectful',
    'prepare for, engage with and contribute to learning at Leeds',
    'help each other to reflect, develop and improve',
  ],
  expectations: [
    'active engagement in the co-creation of knowledge, innovative learning and developmental opportunities',
    'respect for the views and opinions of others',
    'effective and positive teamwork',
    'fair, inclusive and equitable treatment',
    'seeking, giving and acting on timely, relevant and effective feedback, in dialogue with others',
    'active engagement with a variety of learning opportunities',
    'open, effective and timely communication',
    'receptive and proactive responses to change',
    "an understanding of the University's mission and values, and transformative ambition",
    'reliable fulfilment of our commitments to one another',
    'recognition and celebration of the diversity of our global University community',
    'a culture of collaboration',
  ],
  priorities: [
    'regular programme meetings between students and teaching staff',
    'strong student representation on school Student Staff Partnership Forums, including student society representatives',
    'the inclusion of students in recruitment of academic staff and prospective students',
  ],
};

/** London Met's Student Partnership Agreement (shared/seeds/london-met-student-partnership-agreement.txt). */
export const LONDON_MET_SPA: CreateCharterDto = {
  institution: 'London Metropolitan University',
  title: 'Student Partnership Agreement',
  academicYear: '2021/22',
  parties: ['the students', "the Students' Union", 'the University'],
  definition:
    'A commitment by all parties to a process of continuous, collective engagement. It is a way of doing things, rather than an outcome in itself. All partnership is student engagement, but not all student engagement is partnership.',
  commitments: [
    'embed the values and principles of the agreement into the culture of London Met',
    'ensure all staff and students are aware of the agreement and committed to working together as partners',
    'focus attention on the identified priority projects, bringing key staff and students to see them through to completion',
    'review partnership projects annually through a partnership working group',
  ],
  expectations: [
    'fairness as a key guiding principle in all matters, recognising the different experiences and journeys of all students and staff',
    'openness and honesty, even in difficult or challenging conversations',
    'transparency, responsibility and accountability for our actions and promises',
    'students engaged at every stage of their journey and recognised as equal partners in decision-making at every level',
    'an environment where everyone respects the values, beliefs and ideas of each other and feels valued',
    'clear expectations about behaviours so that everyone feels safe, supported and valued',
    'high standards and striving for excellence in all we do',
  ],
  values: [
    {
      title: 'Fairness, honesty and transparency',
      description:
        'Fairness as a guiding principle, critical for inclusive leadership and decision making; open and honest, even when that involves difficult conversations; transparent, responsible and accountable for our actions and promises.',
    },
    {
      title: 'Collaborative and creative',
      description:
        'Students engaged at every stage and recognised as equal partners in decision-making at every level; a flexible and creative approach that builds meaningful ways for students to take part as an equal voice.',
    },
    {
      title: 'Mutual respect and kindness',
      description:
        'Everyone respects the values, beliefs and ideas of each other and feels valued; a positive community with empathy, understanding and clear expectations about behaviours.',
    },
    {
      title: 'Liberation and inclusion',
      description:
        'Reflecting on our structures and teaching so that all students can achieve their full potential; fully inclusive, removing barriers, seeing difference as a strength.',
    },
    {
      title: 'Success and achievement',
      description:
        'Ambitious, with high standards; everyone has the opportunity to achieve their full potential, and students are equipped with the skills and opportunities to transform their lives and careers.',
    },
  ],
  priorities: ['Mental health', 'Student voice', 'Employability'],
  relatedStrategies: [
    'Education for Social Justice Framework',
    'Student Success Strategy',
    "Students' Union strategic plan",
    'University strategic plan',
  ],
};

/** Part two of the SPA: the priority projects for 2021-22. */
export const LONDON_MET_PROJECTS: CreateProjectDto[] = [
  {
    title: 'Mental health and wellbeing',
    priority: 'mental_health',
    academicYear: '2021/22',
    objectives: [
      'Ensure the provision of adequate support for students experiencing mental health difficulties',
      'Adopt a holistic approach to promoting wellbeing and mental health for everyone at London Met',
    ],
    status: 'active',
  },
  {
    title: 'Student voice review',
    priority: 'student_voice',
    academicYear: '2021/22',
    objectives: [
      'Undertake a comprehensive review to ensure strong, robust and coherent student voice systems and processes',
      'Empower students to be active partners in their learning experience',
    ],
    status: 'active',
  },
  {
    title: 'Employability skills',
    priority: 'employability',
    academicYear: '2021/22',
    objectives: [
      'Create more opportunities for students to develop skills that are responsive to student needs',
      'Ensure greater student involvement in the creation and delivery of those opportunities',
    ],
    status: 'active',
  },
];
