// The enum lists alone, free of decorators and Node: what the web app imports as `@app/enums`.
export * from './partners/partner.enums';
export * from './activities/activity.enums';
export * from './activities/activity.patterns';
export * from './programmes/programme.enums';
export * from './auth/roles';
export * from './reporting/report.patterns';
