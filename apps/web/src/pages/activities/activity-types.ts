import type { FieldSpec } from '../../components/quick-form';
import { toChoices } from '../../components/forms';

/** The details each of the ten kinds of activity asks for (PRODUCT.md, Activities), as form fields. */
export const DETAIL_FIELDS: Record<string, FieldSpec[]> = {
  contract_research: [
    { key: 'sponsorReference', label: "Sponsor's reference" },
    { key: 'fullEconomicCostGbp', label: 'Full economic cost', kind: 'money' },
  ],
  collaborative_research: [
    {
      key: 'publicFunder',
      label: 'Public funder',
      required: true,
      hint: 'e.g. UKRI, Innovate UK, Horizon Europe',
    },
    { key: 'grantReference', label: 'Grant reference' },
    { key: 'partnerCashGbp', label: "Partner's cash contribution", kind: 'money' },
    { key: 'partnerInKindGbp', label: "Partner's in-kind contribution", kind: 'money' },
  ],
  consultancy: [{ key: 'days', label: 'Days of consultancy', kind: 'number' }],
  staff_exchange: [
    {
      key: 'direction',
      label: 'Direction',
      kind: 'select',
      required: true,
      choices: toChoices(['inbound', 'outbound']),
    },
    { key: 'staffCount', label: 'Number of staff', kind: 'number', required: true },
    { key: 'durationWeeks', label: 'Duration (weeks)', kind: 'number' },
  ],
  networking_promotional: [
    { key: 'eventName', label: 'Event name', required: true },
    {
      key: 'format',
      label: 'Format',
      kind: 'select',
      choices: toChoices(['lecture', 'exhibition', 'performance', 'networking', 'other']),
    },
    { key: 'attendees', label: 'Attendees', kind: 'number' },
    { key: 'chargeable', label: 'Chargeable event', kind: 'checkbox' },
  ],
  ktp: [
    { key: 'ktpReference', label: 'KTP reference', required: true },
    {
      key: 'variant',
      label: 'Variant',
      kind: 'select',
      required: true,
      choices: toChoices(['classic', 'management']),
    },
    { key: 'associateName', label: 'Associate', required: true },
    { key: 'knowledgeBaseSupervisor', label: 'Knowledge-base supervisor', required: true },
    { key: 'companySupervisor', label: 'Company supervisor' },
    {
      key: 'durationMonths',
      label: 'Duration (months)',
      kind: 'number',
      required: true,
      hint: 'Between 6 and 36 months',
    },
    { key: 'grantGbp', label: 'Grant', kind: 'money' },
    {
      key: 'finalGrade',
      label: 'Final grade',
      kind: 'select',
      choices: toChoices(['outstanding', 'very_good', 'good', 'satisfactory', 'unsatisfactory']),
    },
  ],
  facilities_use: [
    { key: 'facility', label: 'Facility or equipment', required: true },
    { key: 'days', label: 'Days of use', kind: 'number' },
  ],
  ip_licensing: [
    { key: 'ipReference', label: 'IP reference', required: true },
    {
      key: 'ipType',
      label: 'Kind of IP',
      kind: 'select',
      required: true,
      choices: toChoices(['patent', 'copyright', 'design', 'trademark', 'know_how', 'software']),
    },
    {
      key: 'licenceType',
      label: 'Licence',
      kind: 'select',
      required: true,
      choices: toChoices(['exclusive', 'non_exclusive', 'option', 'assignment']),
    },
    { key: 'fieldOfUse', label: 'Field of use' },
    { key: 'upfrontFeeGbp', label: 'Upfront fee', kind: 'money' },
    { key: 'royaltyRatePercent', label: 'Royalty rate (%)', kind: 'number' },
  ],
  student_engagement: [
    {
      key: 'kind',
      label: 'Kind',
      kind: 'select',
      required: true,
      choices: toChoices(['placement', 'internship', 'recruitment', 'project']),
    },
    { key: 'studentCount', label: 'Number of students', kind: 'number', required: true },
    { key: 'durationWeeks', label: 'Duration (weeks)', kind: 'number' },
  ],
  training_cpd: [
    { key: 'courseTitle', label: 'Course title', required: true },
    { key: 'learnerDays', label: 'Learner days', kind: 'number', hint: 'Counted in the HE-BCI CPD cell' },
    { key: 'creditBearing', label: 'Credit-bearing', kind: 'checkbox' },
  ],
};

export const TYPE_LABELS: Record<string, string> = {
  contract_research: 'Contract research',
  collaborative_research: 'Collaborative research',
  consultancy: 'Consultancy',
  staff_exchange: 'Staff exchange',
  networking_promotional: 'Networking and promotional event',
  ktp: 'Knowledge Transfer Partnership (KTP)',
  facilities_use: 'Use of facilities and equipment',
  ip_licensing: 'IP licensing',
  student_engagement: 'Student placements and projects',
  training_cpd: 'Training and CPD',
};
