// Generated from the gateway's OpenAPI document by `npm run gen:web-types`: do not edit.
export interface paths {
  '/api/v1/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Redis and every service (a view refreshed in the background, never a call per request): 200 when all are up, 503 naming what is down */
    get: operations['HealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How the web app may sign in: the development page and/or an OIDC identity provider */
    get: operations['AuthController_settings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/dev-sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Development only: a token for a chosen role
     * @description Answers 404 in production, when a JWKS is configured, or with AUTH_DEV_SIGNIN=off.
     */
    post: operations['AuthController_devSignIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partners/enquiries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Enquiries: the office sees all, other staff the ones they raised */
    get: operations['EnquiriesController_list'];
    put?: never;
    /** Ask the commercialisation office to help develop a partnership */
    post: operations['EnquiriesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partners/enquiries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One enquiry with its history */
    get: operations['EnquiriesController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partners/enquiries/{id}/transition': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Move an enquiry: new → in_progress → converted | declined, with a note
     * @description Converting registers a `prospect` partner (or links the one the enquiry names or matches).
     */
    post: operations['EnquiriesController_transition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List partners
     * @description `q` searches names and aliases. Archived partners only with `archived=true`.
     */
    get: operations['PartnersController_list'];
    put?: never;
    /**
     * Register a partner
     * @description A name, alias or company number already in the register gets 409 with `existingId`.
     */
    post: operations['PartnersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partners/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A partner with its contacts, goals, agreements, members and tier history */
    get: operations['PartnersController_get'];
    put?: never;
    post?: never;
    /**
     * Archive a partner
     * @description It still answers GET with `archivedAt`, leaves lists, and no new activity can name it.
     */
    delete: operations['PartnersController_archive'];
    options?: never;
    head?: never;
    /**
     * Change a partner
     * @description Send the `version` you read (stale → 409). A tier change needs `tierChangeReason`.
     */
    patch: operations['PartnersController_update'];
    trace?: never;
  };
  '/api/v1/partners/{partnerId}/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a partner's contacts */
    get: operations['PartnerContactsController_list'];
    put?: never;
    /** Add to a partner's contacts */
    post: operations['PartnerContactsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partners/{partnerId}/contacts/{childId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove one of a partner's contacts */
    delete: operations['PartnerContactsController_remove'];
    options?: never;
    head?: never;
    /**
     * Change one of a partner's contacts
     * @description Send the `version` you read.
     */
    patch: operations['PartnerContactsController_update'];
    trace?: never;
  };
  '/api/v1/partners/{partnerId}/goals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a partner's shared strategic goals and objectives */
    get: operations['PartnerGoalsController_list'];
    put?: never;
    /** Add to a partner's shared strategic goals and objectives */
    post: operations['PartnerGoalsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partners/{partnerId}/goals/{childId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove one of a partner's shared strategic goals and objectives */
    delete: operations['PartnerGoalsController_remove'];
    options?: never;
    head?: never;
    /**
     * Change one of a partner's shared strategic goals and objectives
     * @description Send the `version` you read.
     */
    patch: operations['PartnerGoalsController_update'];
    trace?: never;
  };
  '/api/v1/partners/{partnerId}/agreements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a partner's agreements (values hidden from faculty) */
    get: operations['PartnerAgreementsController_list'];
    put?: never;
    /** Add to a partner's agreements (values hidden from faculty) */
    post: operations['PartnerAgreementsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partners/{partnerId}/agreements/{childId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove one of a partner's agreements (values hidden from faculty) */
    delete: operations['PartnerAgreementsController_remove'];
    options?: never;
    head?: never;
    /**
     * Change one of a partner's agreements (values hidden from faculty)
     * @description Send the `version` you read.
     */
    patch: operations['PartnerAgreementsController_update'];
    trace?: never;
  };
  '/api/v1/partners/{partnerId}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List a partner's member organisations (consortia, joint partnerships) */
    get: operations['PartnerMembersController_list'];
    put?: never;
    /** Add to a partner's member organisations (consortia, joint partnerships) */
    post: operations['PartnerMembersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/partners/{partnerId}/members/{childId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Remove one of a partner's member organisations (consortia, joint partnerships) */
    delete: operations['PartnerMembersController_remove'];
    options?: never;
    head?: never;
    /**
     * Change one of a partner's member organisations (consortia, joint partnerships)
     * @description Send the `version` you read.
     */
    patch: operations['PartnerMembersController_update'];
    trace?: never;
  };
  '/api/v1/activities/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Imports, newest first: the office and admins see all, faculty staff the ones they uploaded
     * @description Each with its counts and `errorCount`; an import's row errors are at GET /activities/imports/{importId}.
     */
    get: operations['ActivityImportsController_list'];
    put?: never;
    /**
     * Import activities from a CSV file
     * @description Multipart with the file in field `file`, or a `text/csv` body. Rows are validated exactly like POST /activities; bad rows are reported and skipped, rows already imported (or repeating an earlier row's externalRef) are counted as `skipped`, good rows land.
     */
    post: operations['ActivityImportsController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/activities/imports/template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A CSV template with every column and one example row */
    get: operations['ActivityImportsController_template'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/activities/imports/{importId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Status, progress and per-row errors of an import */
    get: operations['ActivityImportsController_status'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List activities
     * @description Faculty staff see their own faculty only.
     */
    get: operations['ActivitiesController_list'];
    put?: never;
    /**
     * Log an activity with a partner
     * @description `details` is validated per `type`. Faculty staff log for their own faculty only (403). An `externalRef` already logged answers 200 with the existing activity (the body is ignored).
     */
    post: operations['ActivitiesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/activities/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An activity */
    get: operations['ActivitiesController_get'];
    put?: never;
    post?: never;
    /** Delete an activity (kept in the audit trail) */
    delete: operations['ActivitiesController_remove'];
    options?: never;
    head?: never;
    /**
     * Change an activity
     * @description Send the `version` you read; faculty staff cannot move it to another faculty.
     */
    patch: operations['ActivitiesController_update'];
    trace?: never;
  };
  '/api/v1/activities/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who changed the activity, when, and what (money fields before and after) */
    get: operations['ActivitiesController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/charters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Charters, newest year first (drafts for partnership staff and leadership only) */
    get: operations['ChartersController_list'];
    put?: never;
    /** Draft a charter (the partnership agreement) for an academic year */
    post: operations['ChartersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/charters/current': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The newest published charter, for everyone signed in */
    get: operations['ChartersController_current'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/charters/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One charter (a draft is 404 to anyone who may not see drafts) */
    get: operations['ChartersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit a draft charter (a published one is 409: draft a new version) */
    patch: operations['ChartersController_update'];
    trace?: never;
  };
  '/api/v1/programmes/charters/{id}/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Publish: it becomes the current charter
     * @description A charter published earlier for the same institution and year becomes `superseded`.
     */
    post: operations['ChartersController_publish'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/teaching-groups': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Teaching groups with their current representative */
    get: operations['TeachingGroupsController_list'];
    put?: never;
    /** Add a teaching group of a school for an academic year */
    post: operations['TeachingGroupsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/teaching-groups/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A teaching group, its representative and `representativeHistory` */
    get: operations['TeachingGroupsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename or recode a group (send the version you read) */
    patch: operations['TeachingGroupsController_update'];
    trace?: never;
  };
  '/api/v1/programmes/teaching-groups/{id}/representative': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Appoint the group's representative
     * @description Exactly one per group: the current representative (if another student) ends their term and stays in `representativeHistory`.
     */
    put: operations['TeachingGroupsController_appoint'];
    post?: never;
    /** End the current term with nobody appointed yet */
    delete: operations['TeachingGroupsController_endTerm'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/representatives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Current representatives by school and year
     * @description Everyone sees names and groups; partnership staff also see student ids and emails.
     */
    get: operations['RepresentativesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/representatives/coverage': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Groups with a representative out of all groups, per school and year */
    get: operations['RepresentativesController_coverage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/forums': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Forums, by school */
    get: operations['ForumsController_list'];
    put?: never;
    /** Set up a school's Student Staff Partnership Forum */
    post: operations['ForumsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/forums/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One forum */
    get: operations['ForumsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Rename a forum */
    patch: operations['ForumsController_update'];
    trace?: never;
  };
  '/api/v1/programmes/forums/{id}/meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The forum's meetings, newest first
     * @description Published minutes are shown to everyone; unpublished ones only to partnership staff and leadership.
     */
    get: operations['ForumsController_listMeetings'];
    put?: never;
    /** Schedule (or record) a meeting with its agenda and attendees */
    post: operations['ForumsController_createMeeting'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/meetings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One meeting (minutes left out for students until published) */
    get: operations['MeetingsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the date, agenda or attendees */
    patch: operations['MeetingsController_update'];
    trace?: never;
  };
  '/api/v1/programmes/meetings/{id}/minutes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The meeting's minutes: 404 to students until they are published */
    get: operations['MeetingsController_minutes'];
    /** Write (or correct) the minutes, once the meeting has been held */
    put: operations['MeetingsController_writeMinutes'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/meetings/{id}/agenda-items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an agenda item (partnership staff, or a representative of the forum's school) */
    post: operations['MeetingsController_addAgendaItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/meetings/{id}/minutes/publish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Publish the minutes to every student */
    post: operations['MeetingsController_publishMinutes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/involvements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Involvements, newest first, by kind, school and date */
    get: operations['InvolvementsController_list'];
    put?: never;
    /**
     * Record students taking part beyond the forums
     * @description Committees, staff and student recruitment, focus groups, internships, consultations on teaching spaces, curriculum reviews, programme meetings, workshops, induction.
     */
    post: operations['InvolvementsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/involvements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One involvement */
    get: operations['InvolvementsController_get'];
    put?: never;
    post?: never;
    /** Remove an involvement recorded by mistake */
    delete: operations['InvolvementsController_remove'];
    options?: never;
    head?: never;
    /** Change an involvement (send the version you read) */
    patch: operations['InvolvementsController_update'];
    trace?: never;
  };
  '/api/v1/programmes/action-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Action plans by school and year */
    get: operations['ActionPlansController_list'];
    put?: never;
    /** A school's action plan for an academic year (one per school and year) */
    post: operations['ActionPlansController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/action-plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One action plan with its items and progress */
    get: operations['ActionPlansController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/action-plans/{id}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add an item (send the plan's version) */
    post: operations['ActionPlansController_addItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/action-plans/{id}/items/{itemId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Update an item's status, owner, due date or the student input on it */
    patch: operations['ActionPlansController_updateItem'];
    trace?: never;
  };
  '/api/v1/programmes/projects': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Projects by priority, status and year */
    get: operations['ProjectsController_list'];
    put?: never;
    /** A priority partnership project (mental health, student voice, employability, other) */
    post: operations['ProjectsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/projects/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One project with its reviews */
    get: operations['ProjectsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a project (send the version you read) */
    patch: operations['ProjectsController_update'];
    trace?: never;
  };
  '/api/v1/programmes/projects/{id}/reviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * The partnership working group's annual review
     * @description `continue` makes the project active, `complete` completed, `stop` dropped.
     */
    post: operations['ProjectsController_review'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/awards/cycles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Award cycles, newest first, each saying whether it is `open` */
    get: operations['AwardsController_listCycles'];
    put?: never;
    /** Open a year's Partnership Awards: categories and closing date */
    post: operations['AwardsController_createCycle'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/awards/cycles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One cycle */
    get: operations['AwardsController_getCycle'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/awards/cycles/{id}/nominations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nominations of a cycle, by category */
    get: operations['AwardsController_listNominations'];
    put?: never;
    /** Nominate a student or member of staff while the cycle is open */
    post: operations['AwardsController_nominate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/awards/nominations/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Shortlist a nomination, make it a winner, or not select it */
    post: operations['AwardsController_decide'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/awards/cycles/{id}/winners': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The winners of a cycle, for everyone */
    get: operations['AwardsController_winners'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/feedback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Feedback: all of it for partnership staff; a student their own; a rep also their groups'
     * @description `overdue=true` lists feedback still waiting for its first response past its deadline. A student's own anonymous and named feedback come in one list, newest first.
     */
    get: operations['FeedbackController_list'];
    put?: never;
    /**
     * Give feedback, optionally anonymously
     * @description Goes to the course rep first (`level: course_rep`), or to the service's desk when `service` is named (`level: service_desk`). An anonymous author is never shown to anyone, admin included.
     */
    post: operations['FeedbackController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/feedback/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One piece of feedback (404 to a student it does not belong to) */
    get: operations['FeedbackController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/feedback/{id}/responses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Respond (partnership staff, or the representative of the feedback's group) */
    post: operations['FeedbackController_respond'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/feedback/{id}/escalate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Escalate one level with a reason: course_rep → sspf → school_committee
     * @description Partnership staff, the group's representative, or the author. Past the last level: 409.
     */
    post: operations['FeedbackController_escalate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/feedback/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close with what was done: it then appears under "you said, we did" */
    post: operations['FeedbackController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/programmes/you-said-we-did': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Closed feedback and what was done about it, by school; never who said it */
    get: operations['FeedbackController_youSaidWeDid'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Activities and income by type, faculty and academic year; partners by tier */
    get: operations['ReportsController_overview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/hebci': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The HE-BCI draft return of an academic year
     * @description Income (£000s, rounded to the nearest thousand from exact pounds) and numbers of activities per line and SME / non-SME commercial / non-commercial column; activities outside the return counted by reason.
     */
    get: operations['ReportsController_hebci'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/hebci/cells/{cellId}/activities': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The activities behind one HE-BCI cell (`line.column`, or `excluded` with reasons) */
    get: operations['ReportsController_hebciCell'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/hebci/excluded': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The activities of the year outside the HE-BCI return, each with its reason */
    get: operations['ReportsController_hebciExcluded'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/strategic-candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Every partner scored on breadth, reach, value, recency and agreement, with a tier suggestion
     * @description Best score first. Each component shows its points, weight and working; `suggestedTier` is set (with `reasons`) when engagement looks like a higher tier than the partner holds. Weights: REPORTING_SCORE_WEIGHTS (docs/reporting.md).
     */
    get: operations['ReportsController_candidates'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/partners/{id}/engagement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One partner's activity timeline, figures by year, agreements in place and score */
    get: operations['ReportsController_engagement'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/student-partnership': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Representative coverage, forum meetings and minutes, feedback, involvements, projects and nominations */
    get: operations['ReportsController_studentPartnership'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/snapshots': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The monthly snapshots of the overview and HE-BCI figures, newest first */
    get: operations['ReportsController_snapshots'];
    put?: never;
    /**
     * Take this month's snapshot now (201), or return it if already taken (200)
     * @description The reporting service takes it on its own each month (SNAPSHOT_DAY_OF_MONTH, 02:00 UK time).
     */
    post: operations['ReportsController_takeSnapshot'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/snapshots/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One snapshot: its overview and HE-BCI figures, or a CSV / XLSX download */
    get: operations['ReportsController_snapshot'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/reports/freshness': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How far behind each source the reports are */
    get: operations['ReportsController_freshness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ServiceStatesView: {
      /** @enum {string} */
      partners: 'up' | 'down';
      /** @enum {string} */
      activities: 'up' | 'down';
      /** @enum {string} */
      programmes: 'up' | 'down';
      /** @enum {string} */
      reporting: 'up' | 'down';
    };
    HealthView: {
      /** @enum {string} */
      status: 'ok' | 'degraded';
      /** @enum {string} */
      redis: 'up' | 'down';
      /** @description One of partners, activities, programmes, reporting each */
      services: components['schemas']['ServiceStatesView'];
    };
    OidcSettingsView: {
      /** Format: uri */
      issuer: string;
      clientId: string;
      /** @example openid profile email */
      scope: string;
      /** @description The API resource indicator, when the provider needs one */
      resource?: string;
    };
    AuthSettings: {
      /** @description Whether the development sign-in page may be offered */
      devSignIn: boolean;
      oidc: components['schemas']['OidcSettingsView'] | null;
    };
    DevSignInReply: {
      /** @description A bearer token */
      token: string;
      /** Format: date-time */
      expiresAt: string;
    };
    DevSignInDto: {
      /**
       * @description The role to sign in as
       * @enum {string}
       */
      role:
        | 'commercialisation'
        | 'faculty'
        | 'leadership'
        | 'partnership_staff'
        | 'student_rep'
        | 'student'
        | 'admin';
      /** @description Faculty code; required for the faculty role */
      faculty?: string;
      /** @description School code (students and partnership staff) */
      school?: string;
      /** @description Display name */
      name?: string | null;
      /** @description User id (token subject); defaults to dev-<role> */
      sub?: string;
    };
    EnquiryRaiserView: {
      userId: string;
      name: string | null;
      email: string | null;
    };
    EnquiryStaffView: {
      userId: string;
      name: string | null;
    };
    EnquiryTransitionView: {
      /** @enum {string} */
      from: 'new' | 'in_progress' | 'converted' | 'declined';
      /** @enum {string} */
      to: 'new' | 'in_progress' | 'converted' | 'declined';
      note: string;
      by: components['schemas']['EnquiryStaffView'];
      /** Format: date-time */
      at: string;
    };
    EnquiryView: {
      /** Format: uuid */
      id: string;
      organisationName: string;
      summary: string;
      /** @example ENG */
      faculty: string;
      /** Format: uuid */
      partnerId: string | null;
      /** @enum {string} */
      status: 'new' | 'in_progress' | 'converted' | 'declined';
      raisedBy: components['schemas']['EnquiryRaiserView'];
      transitions: components['schemas']['EnquiryTransitionView'][];
      /** @description The statuses this caller may move the enquiry to now (empty when none) */
      allowedTransitions: ('new' | 'in_progress' | 'converted' | 'declined')[];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    CreateEnquiryDto: {
      /** @description The organisation the member of staff wishes to partner with */
      organisationName: string;
      /** @description What they have in mind */
      summary: string;
      /** @example ENG */
      faculty: string;
      /**
       * Format: uuid
       * @description If the organisation is already in the register
       */
      partnerId?: string;
    };
    TransitionEnquiryDto: {
      /** @enum {string} */
      to: 'new' | 'in_progress' | 'converted' | 'declined';
      note: string;
      /**
       * @description For a conversion that registers a new prospect partner (default other)
       * @enum {string}
       */
      organisationType?:
        | 'sme'
        | 'large_company'
        | 'public_sector'
        | 'nhs'
        | 'charity'
        | 'higher_education'
        | 'consortium'
        | 'other';
    };
    RelationshipOwnerView: {
      userId: string;
      name: string;
    };
    PartnerView: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      organisationType:
        | 'sme'
        | 'large_company'
        | 'public_sector'
        | 'nhs'
        | 'charity'
        | 'higher_education'
        | 'consortium'
        | 'other';
      /** @enum {string} */
      tier: 'corporate' | 'strategic' | 'transactional';
      /** @enum {string} */
      status: 'prospect' | 'active' | 'dormant' | 'ended';
      companyNumber: string | null;
      sicCodes: string[];
      sector: string | null;
      country: string | null;
      region: string | null;
      website: string | null;
      description: string | null;
      relationshipOwner: components['schemas']['RelationshipOwnerView'] | null;
      aliases: string[];
      /** Format: date-time */
      archivedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description Send it back to change the partner */
      version: number;
    };
    StaffRefDto: {
      /** @description The staff member's user id (token `sub`) */
      userId: string;
      name: string;
    };
    CreatePartnerDto: {
      /** @description The organisation's name as it is usually written */
      name: string;
      /**
       * @description Drives the HE-BCI split: sme → SME, large_company → non-SME commercial, others → non-commercial
       * @enum {string}
       */
      organisationType:
        | 'sme'
        | 'large_company'
        | 'public_sector'
        | 'nhs'
        | 'charity'
        | 'higher_education'
        | 'consortium'
        | 'other';
      /**
       * @description Default transactional
       * @enum {string}
       */
      tier?: 'corporate' | 'strategic' | 'transactional';
      /**
       * @description Default active
       * @enum {string}
       */
      status?: 'prospect' | 'active' | 'dormant' | 'ended';
      /** @example 00214436 */
      companyNumber?: string | null;
      /**
       * @example [
       *       "47190"
       *     ]
       */
      sicCodes?: string[];
      sector?: string | null;
      country?: string | null;
      region?: string | null;
      /** @example https://www.marksandspencer.com */
      website?: string | null;
      description?: string | null;
      relationshipOwner?: components['schemas']['StaffRefDto'] | null;
      /**
       * @example [
       *       "M&S"
       *     ]
       */
      aliases?: string[];
    };
    ContactView: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      partnerId: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description Send it back to change the record */
      version: number;
      name: string;
      email: string | null;
      phone: string | null;
      jobTitle: string | null;
      relationshipRole: string | null;
      /** @description The partner's main contact */
      primary: boolean;
      /** Format: date */
      startDate: string | null;
      /** Format: date */
      endDate: string | null;
    };
    GoalView: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      partnerId: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description Send it back to change the record */
      version: number;
      title: string;
      description: string | null;
      /** Format: date */
      targetDate: string | null;
      /** @enum {string} */
      status: 'planned' | 'on_track' | 'at_risk' | 'achieved' | 'dropped';
    };
    AgreementView: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      partnerId: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description Send it back to change the record */
      version: number;
      /** @enum {string} */
      type: 'mou' | 'framework' | 'collaboration' | 'licence' | 'nda' | 'consortium' | 'other';
      title: string;
      /** Format: date */
      startDate: string;
      /** Format: date */
      endDate: string | null;
      /** @description Left out for callers who may not see commercial values (faculty) */
      valueGbp?: number | null;
      /** @enum {string} */
      status: 'draft' | 'active' | 'expired' | 'terminated';
      documentRef: string | null;
    };
    MemberView: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      partnerId: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description Send it back to change the record */
      version: number;
      /** Format: uuid */
      memberPartnerId: string;
      /** @description The member partner’s name */
      memberName: string | null;
      role: string | null;
      /** Format: date */
      joinedOn: string | null;
    };
    StaffRefView: {
      userId: string;
      name: string | null;
    };
    TierChangeView: {
      /** @enum {string} */
      from: 'corporate' | 'strategic' | 'transactional';
      /** @enum {string} */
      to: 'corporate' | 'strategic' | 'transactional';
      reason: string;
      changedBy: components['schemas']['StaffRefView'];
      /** Format: date-time */
      changedAt: string;
    };
    PartnerDetailView: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      organisationType:
        | 'sme'
        | 'large_company'
        | 'public_sector'
        | 'nhs'
        | 'charity'
        | 'higher_education'
        | 'consortium'
        | 'other';
      /** @enum {string} */
      tier: 'corporate' | 'strategic' | 'transactional';
      /** @enum {string} */
      status: 'prospect' | 'active' | 'dormant' | 'ended';
      companyNumber: string | null;
      sicCodes: string[];
      sector: string | null;
      country: string | null;
      region: string | null;
      website: string | null;
      description: string | null;
      relationshipOwner: components['schemas']['RelationshipOwnerView'] | null;
      aliases: string[];
      /** Format: date-time */
      archivedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** @description Send it back to change the partner */
      version: number;
      contacts: components['schemas']['ContactView'][];
      goals: components['schemas']['GoalView'][];
      agreements: components['schemas']['AgreementView'][];
      members: components['schemas']['MemberView'][];
      tierHistory: components['schemas']['TierChangeView'][];
    };
    UpdatePartnerDto: {
      /** @description The organisation's name as it is usually written */
      name?: string;
      /**
       * @description Drives the HE-BCI split: sme → SME, large_company → non-SME commercial, others → non-commercial
       * @enum {string}
       */
      organisationType?:
        | 'sme'
        | 'large_company'
        | 'public_sector'
        | 'nhs'
        | 'charity'
        | 'higher_education'
        | 'consortium'
        | 'other';
      /**
       * @description Default transactional
       * @enum {string}
       */
      tier?: 'corporate' | 'strategic' | 'transactional';
      /**
       * @description Default active
       * @enum {string}
       */
      status?: 'prospect' | 'active' | 'dormant' | 'ended';
      /** @example 00214436 */
      companyNumber?: string | null;
      /**
       * @example [
       *       "47190"
       *     ]
       */
      sicCodes?: string[];
      sector?: string | null;
      country?: string | null;
      region?: string | null;
      /** @example https://www.marksandspencer.com */
      website?: string | null;
      description?: string | null;
      relationshipOwner?: components['schemas']['StaffRefDto'] | null;
      /**
       * @example [
       *       "M&S"
       *     ]
       */
      aliases?: string[];
      /** @description The version you read; a stale one gets 409. */
      version: number;
      /** @description Required when `tier` changes; kept in `tierHistory` */
      tierChangeReason?: string | null;
    };
    CreateContactDto: {
      name: string;
      /** @example j.bloggs@partner.example */
      email?: string | null;
      /** @example +44 113 243 1751 */
      phone?: string | null;
      jobTitle?: string | null;
      /** @description e.g. "account manager", "research lead" */
      relationshipRole?: string | null;
      /** @description The partner's main contact; at most one per partner */
      primary?: boolean;
      /**
       * Format: date
       * @example 2026-07-31
       */
      startDate?: string | null;
      /**
       * Format: date
       * @example 2026-07-31
       */
      endDate?: string | null;
    };
    UpdateContactDto: {
      name?: string;
      /** @example j.bloggs@partner.example */
      email?: string | null;
      /** @example +44 113 243 1751 */
      phone?: string | null;
      jobTitle?: string | null;
      /** @description e.g. "account manager", "research lead" */
      relationshipRole?: string | null;
      /** @description The partner's main contact; at most one per partner */
      primary?: boolean;
      /**
       * Format: date
       * @example 2026-07-31
       */
      startDate?: string | null;
      /**
       * Format: date
       * @example 2026-07-31
       */
      endDate?: string | null;
      /** @description The version you read; a stale one gets 409. */
      version: number;
    };
    CreateGoalDto: {
      title: string;
      description?: string | null;
      /**
       * Format: date
       * @example 2026-07-31
       */
      targetDate?: string | null;
      /**
       * @description Default planned
       * @enum {string}
       */
      status?: 'planned' | 'on_track' | 'at_risk' | 'achieved' | 'dropped';
    };
    UpdateGoalDto: {
      title?: string;
      description?: string | null;
      /**
       * Format: date
       * @example 2026-07-31
       */
      targetDate?: string | null;
      /**
       * @description Default planned
       * @enum {string}
       */
      status?: 'planned' | 'on_track' | 'at_risk' | 'achieved' | 'dropped';
      /** @description The version you read; a stale one gets 409. */
      version: number;
    };
    CreateAgreementDto: {
      /** @enum {string} */
      type: 'mou' | 'framework' | 'collaboration' | 'licence' | 'nda' | 'consortium' | 'other';
      title: string;
      /**
       * Format: date
       * @example 2025-09-01
       */
      startDate: string;
      /**
       * Format: date
       * @example 2026-07-31
       */
      endDate?: string | null;
      /**
       * @description Hidden from the faculty role
       * @example 125000.5
       */
      valueGbp?: number | null;
      /**
       * @description Default draft
       * @enum {string}
       */
      status?: 'draft' | 'active' | 'expired' | 'terminated';
      /** @description Where the signed document is kept */
      documentRef?: string | null;
    };
    UpdateAgreementDto: {
      /** @enum {string} */
      type?: 'mou' | 'framework' | 'collaboration' | 'licence' | 'nda' | 'consortium' | 'other';
      title?: string;
      /**
       * Format: date
       * @example 2025-09-01
       */
      startDate?: string;
      /**
       * Format: date
       * @example 2026-07-31
       */
      endDate?: string | null;
      /**
       * @description Hidden from the faculty role
       * @example 125000.5
       */
      valueGbp?: number | null;
      /**
       * @description Default draft
       * @enum {string}
       */
      status?: 'draft' | 'active' | 'expired' | 'terminated';
      /** @description Where the signed document is kept */
      documentRef?: string | null;
      /** @description The version you read; a stale one gets 409. */
      version: number;
    };
    CreateMemberDto: {
      /**
       * Format: uuid
       * @description The member organisation (an existing partner)
       */
      memberPartnerId: string;
      /** @description e.g. "founding member" */
      role?: string | null;
      /**
       * Format: date
       * @example 2026-07-31
       */
      joinedOn?: string | null;
    };
    UpdateMemberDto: {
      role?: string | null;
      /**
       * Format: date
       * @example 2026-07-31
       */
      joinedOn?: string | null;
      /** @description The version you read; a stale one gets 409. */
      version: number;
    };
    ActivityImportAccepted: {
      /**
       * Format: uuid
       * @description Follow it at GET /activities/imports/{importId}
       */
      importId: string;
    };
    ActivityImportUploaderView: {
      userId: string;
      name: string | null;
    };
    ActivityImportSummaryView: {
      /** Format: uuid */
      importId: string;
      /** @enum {string} */
      status: 'queued' | 'running' | 'completed' | 'failed';
      fileName: string | null;
      /** @description Rows in the file */
      total: number;
      processed: number;
      created: number;
      /** @description Rows whose externalRef (given or derived) an activity already had, or an earlier row of the file */
      skipped: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      finishedAt: string | null;
      /** @description How many rows were reported and not imported */
      errorCount: number;
      importedBy: components['schemas']['ActivityImportUploaderView'];
    };
    ActivityImportRowProblem: {
      /** @description The line of the file as a spreadsheet shows it (the header is 1) */
      row: number;
      /** @example startDate */
      field: string;
      /** @example must be a date written like 2025-09-01 */
      problem: string;
    };
    ActivityImportView: {
      /** Format: uuid */
      importId: string;
      /** @enum {string} */
      status: 'queued' | 'running' | 'completed' | 'failed';
      fileName: string | null;
      /** @description Rows in the file */
      total: number;
      processed: number;
      created: number;
      /** @description Rows whose externalRef (given or derived) an activity already had, or an earlier row of the file */
      skipped: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      finishedAt: string | null;
      errors: components['schemas']['ActivityImportRowProblem'][];
    };
    ActivityStaffView: {
      /** @description The staff member's user id (token `sub`) */
      userId: string;
      name: string;
    };
    ActivityIncomeView: {
      /** @example 2025/26 */
      academicYear: string;
      /** @example 1250.5 */
      amountGbp: number;
    };
    ActivityView: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      partnerId: string;
      /** @enum {string} */
      type:
        | 'contract_research'
        | 'collaborative_research'
        | 'consultancy'
        | 'staff_exchange'
        | 'networking_promotional'
        | 'ktp'
        | 'facilities_use'
        | 'ip_licensing'
        | 'student_engagement'
        | 'training_cpd';
      title: string;
      description: string | null;
      /** @example ENG */
      faculty: string;
      /** @example ENG-MECH */
      school: string | null;
      leadStaff: components['schemas']['ActivityStaffView'] | null;
      /** @enum {string} */
      status: 'pipeline' | 'active' | 'completed' | 'cancelled';
      /** Format: date */
      startDate: string;
      /** Format: date */
      endDate: string | null;
      /**
       * @description The academic year of `startDate`
       * @example 2025/26
       */
      academicYear: string;
      valueGbp: number | null;
      inKindGbp: number | null;
      /** @description Income per academic year, oldest first */
      income: components['schemas']['ActivityIncomeView'][];
      externalRef: string | null;
      /** @description The fields of its `type` */
      details: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      /** @description What the caller may do to it (PATCH, DELETE): offer only these */
      allowedActions: ('update' | 'delete')[];
    };
    IncomeLineDto: {
      /** @example 2025/26 */
      academicYear: string;
      /** @example 43000 */
      amountGbp: number;
    };
    CreateActivityDto: {
      /**
       * Format: uuid
       * @description An existing, non-archived partner
       */
      partnerId: string;
      /** @enum {string} */
      type:
        | 'contract_research'
        | 'collaborative_research'
        | 'consultancy'
        | 'staff_exchange'
        | 'networking_promotional'
        | 'ktp'
        | 'facilities_use'
        | 'ip_licensing'
        | 'student_engagement'
        | 'training_cpd';
      title: string;
      description?: string | null;
      /** @example ENG */
      faculty: string;
      /** @example ENG-MECH */
      school?: Record<string, never> | null;
      leadStaff?: components['schemas']['StaffRefDto'] | null;
      /**
       * @description Default active
       * @enum {string}
       */
      status?: 'pipeline' | 'active' | 'completed' | 'cancelled';
      /**
       * Format: date
       * @description The academic year of this date is the activity's
       * @example 2025-09-01
       */
      startDate: string;
      /**
       * Format: date
       * @example 2026-07-31
       */
      endDate?: string | null;
      /** @example 125000.5 */
      valueGbp?: number | null;
      /** @example 125000.5 */
      inKindGbp?: number | null;
      /** @description Income split per academic year, when it spans several */
      income?: components['schemas']['IncomeLineDto'][];
      /** @description Unique: posting it again returns the existing activity (200) */
      externalRef?: string;
      /** @description Validated per type; unknown keys are rejected */
      details?: {
        [key: string]: unknown;
      };
    };
    ActivityHistoryActorView: {
      /** @description Their user id (token `sub`) */
      userId: string;
      name: string | null;
      roles: string[];
    };
    ActivityHistorySourceView: {
      /** Format: uuid */
      importId: string;
      fileName: string | null;
      /** @description The line of the file (the header is 1) */
      row: number | null;
    };
    ActivityHistoryEntryView: {
      /** @enum {string} */
      action: 'created' | 'updated' | 'deleted';
      actor: components['schemas']['ActivityHistoryActorView'];
      /** Format: date-time */
      at: string;
      /** @description Every changed field, by name */
      changes: {
        [key: string]: components['schemas']['ActivityFieldChangeView'];
      };
      /** @description Only on the "created" entry of an activity from a CSV import */
      source?: components['schemas']['ActivityHistorySourceView'];
    };
    ActivityFieldChangeView: {
      before:
        | (
            | string
            | number
            | boolean
            | {
                [key: string]: unknown;
              }
            | unknown[]
          )
        | null;
      after:
        | (
            | string
            | number
            | boolean
            | {
                [key: string]: unknown;
              }
            | unknown[]
          )
        | null;
    };
    UpdateActivityDto: {
      /**
       * Format: uuid
       * @description An existing, non-archived partner
       */
      partnerId?: string;
      /** @enum {string} */
      type?:
        | 'contract_research'
        | 'collaborative_research'
        | 'consultancy'
        | 'staff_exchange'
        | 'networking_promotional'
        | 'ktp'
        | 'facilities_use'
        | 'ip_licensing'
        | 'student_engagement'
        | 'training_cpd';
      title?: string;
      description?: string | null;
      /** @example ENG */
      faculty?: string;
      /** @example ENG-MECH */
      school?: Record<string, never> | null;
      leadStaff?: components['schemas']['StaffRefDto'] | null;
      /**
       * @description Default active
       * @enum {string}
       */
      status?: 'pipeline' | 'active' | 'completed' | 'cancelled';
      /**
       * Format: date
       * @description The academic year of this date is the activity's
       * @example 2025-09-01
       */
      startDate?: string;
      /**
       * Format: date
       * @example 2026-07-31
       */
      endDate?: string | null;
      /** @example 125000.5 */
      valueGbp?: number | null;
      /** @example 125000.5 */
      inKindGbp?: number | null;
      /** @description Income split per academic year, when it spans several */
      income?: components['schemas']['IncomeLineDto'][];
      /** @description Unique: posting it again returns the existing activity (200) */
      externalRef?: string;
      /** @description Validated per type; unknown keys are rejected */
      details?: {
        [key: string]: unknown;
      };
      /** @description The version you read; a stale one gets 409. */
      version: number;
    };
    CharterValueView: {
      title: string;
      description: string;
    };
    CharterView: {
      /** Format: uuid */
      id: string;
      institution: string;
      title: string;
      /** @example 2026-27 */
      academicYear: string;
      parties: string[];
      definition: string | null;
      commitments: string[];
      expectations: string[];
      values: components['schemas']['CharterValueView'][];
      priorities: string[];
      relatedStrategies: string[];
      /** @enum {string} */
      status: 'draft' | 'published' | 'superseded';
      /** Format: date-time */
      publishedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      /** @description What the caller may do next (a draft only; an action not listed is refused) */
      allowedActions: ('update' | 'publish')[];
    };
    CharterValueDto: {
      title: string;
      description: string;
    };
    CreateCharterDto: {
      /** @description e.g. University of Leeds */
      institution: string;
      /** @description e.g. The Leeds Partnership */
      title: string;
      /**
       * @description 1 August – 31 July
       * @example 2025/26
       */
      academicYear: string;
      /** @description Who agrees it: the university, the union, staff, students */
      parties: string[];
      /** @description What partnership means here */
      definition?: string | null;
      /** @description What both students and staff commit to */
      commitments: string[];
      /** @description The mutual expectations of everyone */
      expectations: string[];
      /** @description Shared values and their principles */
      values?: components['schemas']['CharterValueDto'][];
      /** @description Areas chosen for greater working partnership */
      priorities?: string[];
      /** @description Strategies and documents the charter reflects */
      relatedStrategies?: string[];
    };
    UpdateCharterDto: {
      /** @description e.g. University of Leeds */
      institution?: string;
      /** @description e.g. The Leeds Partnership */
      title?: string;
      /**
       * @description 1 August – 31 July
       * @example 2025/26
       */
      academicYear?: string;
      /** @description Who agrees it: the university, the union, staff, students */
      parties?: string[];
      /** @description What partnership means here */
      definition?: string | null;
      /** @description What both students and staff commit to */
      commitments?: string[];
      /** @description The mutual expectations of everyone */
      expectations?: string[];
      /** @description Shared values and their principles */
      values?: components['schemas']['CharterValueDto'][];
      /** @description Areas chosen for greater working partnership */
      priorities?: string[];
      /** @description Strategies and documents the charter reflects */
      relatedStrategies?: string[];
      /** @description The version you read; a stale one gets 409. */
      version: number;
    };
    RepresentativeTermView: {
      name: string;
      /** @description Partnership staff only */
      studentId?: string;
      /** @description Partnership staff only */
      email?: string | null;
      /** Format: date-time */
      startedAt: string;
      /** Format: date-time */
      endedAt: string | null;
    };
    TeachingGroupView: {
      /** Format: uuid */
      id: string;
      school: string;
      code: string;
      name: string;
      /** @example 2026-27 */
      academicYear: string;
      representative: components['schemas']['RepresentativeTermView'] | null;
      /** @description Ended terms, newest first */
      representativeHistory: components['schemas']['RepresentativeTermView'][];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    CreateTeachingGroupDto: {
      /** @example ENG-MECH */
      school: string;
      /** @description e.g. MECH1 tutorial group A */
      name: string;
      /**
       * @description 1 August – 31 July
       * @example 2025/26
       */
      academicYear: string;
    };
    UpdateTeachingGroupDto: {
      /** @example ENG-MECH */
      school?: string;
      /** @description e.g. MECH1 tutorial group A */
      name?: string;
      /** @description The version you read; a stale one gets 409. */
      version: number;
    };
    AppointRepresentativeDto: {
      /** @description The student's id: the `sub` of their token */
      studentId: string;
      name: string;
      /** @example a.student@leeds.example */
      email?: string;
    };
    TeachingGroupRefView: {
      /** Format: uuid */
      id: string;
      school: string;
      code: string;
      name: string;
    };
    RepresentativeView: {
      name: string;
      /** @description Partnership staff only */
      studentId?: string;
      /** @description Partnership staff only */
      email?: string | null;
      /** Format: date-time */
      startedAt: string;
      /** Format: date-time */
      endedAt: string | null;
      teachingGroup: components['schemas']['TeachingGroupRefView'];
      /** @example 2026-27 */
      academicYear: string;
    };
    RepresentativeListView: {
      items: components['schemas']['RepresentativeView'][];
    };
    CoverageView: {
      school: string;
      /** @example 2026-27 */
      academicYear: string;
      groups: number;
      withRepresentative: number;
      /** @description withRepresentative / groups */
      coverage: number;
    };
    CoverageListView: {
      items: components['schemas']['CoverageView'][];
    };
    ForumView: {
      /** Format: uuid */
      id: string;
      school: string;
      name: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    CreateForumDto: {
      /** @example ENG-MECH */
      school: string;
      /** @description e.g. Mechanical Engineering SSPF */
      name: string;
    };
    UpdateForumDto: {
      /** @example ENG-MECH */
      school?: string;
      /** @description e.g. Mechanical Engineering SSPF */
      name?: string;
      /** @description The version you read; a stale one gets 409. */
      version: number;
    };
    ContributorView: {
      name: string | null;
      /** @enum {string} */
      role: 'staff' | 'representative';
    };
    AgendaItemView: {
      text: string;
      addedBy: components['schemas']['ContributorView'];
    };
    PersonView: {
      name: string;
      /** @enum {string} */
      role: 'student' | 'staff';
    };
    MinutesView: {
      text: string;
      /** Format: date-time */
      writtenAt: string | null;
      /** Format: date-time */
      publishedAt: string | null;
    };
    MeetingView: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      forumId: string;
      school: string;
      /** Format: date */
      date: string;
      /** @description The agenda items' texts */
      agenda: string[];
      agendaItems: components['schemas']['AgendaItemView'][];
      attendees: components['schemas']['PersonView'][];
      minutes: components['schemas']['MinutesView'] | null;
      minutesPublished: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    AttendeeDto: {
      name: string;
      /** @enum {string} */
      role: 'student' | 'staff';
    };
    CreateMeetingDto: {
      /**
       * Format: date
       * @example 2025-09-01
       */
      date: string;
      /** @description The agenda; representatives can add items later */
      agenda: string[];
      /** @description Students and staff who attended */
      attendees?: components['schemas']['AttendeeDto'][];
    };
    MeetingMinutesView: {
      text: string;
      /** Format: date-time */
      writtenAt: string | null;
      /** Format: date-time */
      publishedAt: string | null;
      /** Format: uuid */
      meetingId: string;
      school: string;
      /** Format: date */
      date: string;
    };
    UpdateMeetingDto: {
      /**
       * Format: date
       * @example 2025-09-01
       */
      date?: string;
      /** @description The agenda; representatives can add items later */
      agenda?: string[];
      /** @description Students and staff who attended */
      attendees?: components['schemas']['AttendeeDto'][];
      /** @description The version you read; a stale one gets 409. */
      version: number;
    };
    AddAgendaItemDto: {
      text: string;
    };
    MinutesDto: {
      /** @description The minutes, written by staff */
      text: string;
    };
    InvolvedStudentView: {
      name: string;
      /** @description Partnership staff only */
      studentId?: string | null;
    };
    InvolvementView: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'committee'
        | 'staff_recruitment'
        | 'student_recruitment'
        | 'focus_group'
        | 'internship'
        | 'consultation'
        | 'curriculum_review'
        | 'programme_meeting'
        | 'workshop'
        | 'induction';
      title: string;
      school: string | null;
      /** Format: date */
      date: string;
      students: components['schemas']['InvolvedStudentView'][];
      staff: string[];
      outcome: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    InvolvedStudentDto: {
      name: string;
      /** @description The student's id, if known */
      studentId?: string | null;
    };
    CreateInvolvementDto: {
      /** @enum {string} */
      kind:
        | 'committee'
        | 'staff_recruitment'
        | 'student_recruitment'
        | 'focus_group'
        | 'internship'
        | 'consultation'
        | 'curriculum_review'
        | 'programme_meeting'
        | 'workshop'
        | 'induction';
      /** @description e.g. Senate, lecturer in robotics interview panel, NSS focus group */
      title: string;
      /** @example ENG-MECH */
      school?: string;
      /**
       * Format: date
       * @example 2025-09-01
       */
      date: string;
      /** @description At least one student */
      students: components['schemas']['InvolvedStudentDto'][];
      /** @description Staff names */
      staff?: string[];
      /** @description What came of it */
      outcome?: string | null;
    };
    UpdateInvolvementDto: {
      /** @enum {string} */
      kind?:
        | 'committee'
        | 'staff_recruitment'
        | 'student_recruitment'
        | 'focus_group'
        | 'internship'
        | 'consultation'
        | 'curriculum_review'
        | 'programme_meeting'
        | 'workshop'
        | 'induction';
      /** @description e.g. Senate, lecturer in robotics interview panel, NSS focus group */
      title?: string;
      /** @example ENG-MECH */
      school?: string;
      /**
       * Format: date
       * @example 2025-09-01
       */
      date?: string;
      /** @description At least one student */
      students?: components['schemas']['InvolvedStudentDto'][];
      /** @description Staff names */
      staff?: string[];
      /** @description What came of it */
      outcome?: string | null;
      /** @description The version you read; a stale one gets 409. */
      version: number;
    };
    ActionItemView: {
      /** Format: uuid */
      id: string;
      title: string;
      owner: string;
      /** Format: date */
      dueDate: string | null;
      /** @enum {string} */
      status: 'open' | 'in_progress' | 'done';
      studentInput: string | null;
      /** Format: date-time */
      updatedAt: string;
    };
    ActionPlanProgressView: {
      items: number;
      done: number;
      withStudentInput: number;
    };
    ActionPlanView: {
      /** Format: uuid */
      id: string;
      school: string;
      /** @example 2026-27 */
      academicYear: string;
      items: components['schemas']['ActionItemView'][];
      progress: components['schemas']['ActionPlanProgressView'];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    ActionItemDto: {
      title: string;
      /** @description Who is accountable for it */
      owner: string;
      /**
       * Format: date
       * @example 2026-07-31
       */
      dueDate?: string | null;
      /**
       * @description Default open
       * @enum {string}
       */
      status?: 'open' | 'in_progress' | 'done';
      /** @description What students said about this item, and through which channel */
      studentInput?: string | null;
    };
    CreateActionPlanDto: {
      /** @example ENG-MECH */
      school: string;
      /**
       * @description 1 August – 31 July
       * @example 2025/26
       */
      academicYear: string;
      items: components['schemas']['ActionItemDto'][];
    };
    AddActionItemDto: {
      title: string;
      /** @description Who is accountable for it */
      owner: string;
      /**
       * Format: date
       * @example 2026-07-31
       */
      dueDate?: string | null;
      /**
       * @description Default open
       * @enum {string}
       */
      status?: 'open' | 'in_progress' | 'done';
      /** @description What students said about this item, and through which channel */
      studentInput?: string | null;
      /** @description The version you read; a stale one gets 409. */
      version: number;
    };
    UpdateActionItemDto: {
      title?: string;
      /** @description Who is accountable for it */
      owner?: string;
      /**
       * Format: date
       * @example 2026-07-31
       */
      dueDate?: string | null;
      /**
       * @description Default open
       * @enum {string}
       */
      status?: 'open' | 'in_progress' | 'done';
      /** @description What students said about this item, and through which channel */
      studentInput?: string | null;
      /** @description The version you read; a stale one gets 409. */
      version: number;
    };
    ProjectReviewView: {
      /** Format: uuid */
      id: string;
      /** Format: date */
      date: string;
      summary: string;
      /** @enum {string} */
      outcome: 'continue' | 'complete' | 'stop';
      /** @enum {string} */
      statusBefore: 'proposed' | 'active' | 'completed' | 'dropped';
      reviewedBy: string | null;
      /** Format: date-time */
      recordedAt: string;
    };
    ProjectView: {
      /** Format: uuid */
      id: string;
      title: string;
      /** @enum {string} */
      priority: 'mental_health' | 'student_voice' | 'employability' | 'other';
      description: string | null;
      objectives: string[];
      /** @example 2026-27 */
      academicYear: string;
      leads: components['schemas']['PersonView'][];
      /** @enum {string} */
      status: 'proposed' | 'active' | 'completed' | 'dropped';
      reviews: components['schemas']['ProjectReviewView'][];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    CreateProjectDto: {
      title: string;
      /** @enum {string} */
      priority: 'mental_health' | 'student_voice' | 'employability' | 'other';
      description?: string | null;
      objectives?: string[];
      /**
       * @description 1 August – 31 July
       * @example 2025/26
       */
      academicYear: string;
      /** @description Student and staff leads */
      leads?: components['schemas']['AttendeeDto'][];
      /**
       * @description Default proposed
       * @enum {string}
       */
      status?: 'proposed' | 'active' | 'completed' | 'dropped';
    };
    UpdateProjectDto: {
      title?: string;
      /** @enum {string} */
      priority?: 'mental_health' | 'student_voice' | 'employability' | 'other';
      description?: string | null;
      objectives?: string[];
      /**
       * @description 1 August – 31 July
       * @example 2025/26
       */
      academicYear?: string;
      /** @description Student and staff leads */
      leads?: components['schemas']['AttendeeDto'][];
      /**
       * @description Default proposed
       * @enum {string}
       */
      status?: 'proposed' | 'active' | 'completed' | 'dropped';
      /** @description The version you read; a stale one gets 409. */
      version: number;
    };
    ProjectReviewDto: {
      /**
       * Format: date
       * @example 2025-09-01
       */
      date: string;
      summary: string;
      /** @enum {string} */
      outcome: 'continue' | 'complete' | 'stop';
    };
    AwardCycleView: {
      /** Format: uuid */
      id: string;
      /** @example 2026 */
      year: number;
      categories: string[];
      /** Format: date */
      closesOn: string;
      /** @description Nominations are accepted (until the end of `closesOn`, UK time) */
      open: boolean;
      /** Format: date-time */
      createdAt: string;
      version: number;
    };
    CreateAwardCycleDto: {
      /** @example 2026 */
      year: number;
      /** @description e.g. Partnership in teaching, Student-led project, Outstanding rep */
      categories: string[];
      /**
       * Format: date
       * @description Last day nominations are accepted (inclusive, UK time)
       * @example 2025-09-01
       */
      closesOn: string;
    };
    NominatorView: {
      name: string | null;
      /** @description The role they nominated in */
      role: string;
    };
    NominationView: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      cycleId: string;
      nominee: components['schemas']['PersonView'];
      category: string;
      citation: string;
      /** @enum {string} */
      status: 'submitted' | 'shortlisted' | 'winner' | 'not_selected';
      nominatedBy: components['schemas']['NominatorView'];
      /** Format: date-time */
      decidedAt: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    NominationDto: {
      /** @description The student or member of staff nominated */
      nominee: components['schemas']['AttendeeDto'];
      /** @description One of the cycle's categories */
      category: string;
      /** @description Why they deserve it */
      citation: string;
    };
    NominationDecisionDto: {
      /** @enum {string} */
      decision: 'shortlisted' | 'winner' | 'not_selected';
    };
    AwardCycleRefView: {
      /** Format: uuid */
      id: string;
      /** @example 2026 */
      year: number;
    };
    AwardWinnerView: {
      category: string;
      nominee: components['schemas']['PersonView'];
      citation: string;
    };
    AwardWinnersView: {
      cycle: components['schemas']['AwardCycleRefView'];
      items: components['schemas']['AwardWinnerView'][];
    };
    FeedbackAuthorView: {
      name: string;
    };
    FeedbackResponseView: {
      body: string;
      by: components['schemas']['ContributorView'];
      /** Format: date-time */
      at: string;
    };
    EscalatorView: {
      name: string | null;
      /** @enum {string} */
      role: 'staff' | 'representative' | 'author';
    };
    FeedbackEscalationView: {
      /** @enum {string} */
      from: 'service_desk' | 'course_rep' | 'sspf' | 'school_committee';
      /** @enum {string} */
      to: 'service_desk' | 'course_rep' | 'sspf' | 'school_committee';
      reason: string;
      by: components['schemas']['EscalatorView'];
      /** Format: date-time */
      at: string;
    };
    FeedbackView: {
      /** Format: uuid */
      id: string;
      school: string;
      /** Format: uuid */
      teachingGroupId: string | null;
      subject: string;
      body: string;
      expectation: string | null;
      service: string | null;
      anonymous: boolean;
      author: components['schemas']['FeedbackAuthorView'] | null;
      /** @description The caller is its author */
      mine: boolean;
      /** @enum {string} */
      level: 'service_desk' | 'course_rep' | 'sspf' | 'school_committee';
      /** @enum {string} */
      status: 'open' | 'responded' | 'escalated' | 'closed';
      /**
       * Format: date
       * @description First response due by
       */
      dueBy: string;
      overdue: boolean;
      /** Format: date-time */
      firstResponseAt: string | null;
      responses: components['schemas']['FeedbackResponseView'][];
      escalations: components['schemas']['FeedbackEscalationView'][];
      outcome: string | null;
      /** Format: date-time */
      closedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
      /** @description What the caller may do next (an action not listed is refused) */
      allowedActions: ('respond' | 'escalate' | 'close')[];
    };
    SubmitFeedbackDto: {
      /** @example ENG-MECH */
      school: string;
      /**
       * Format: uuid
       * @description The teaching group it concerns: its representative can respond
       */
      teachingGroupId?: string;
      subject: string;
      body: string;
      /** @description The expectation of the charter that was not met */
      expectation?: string | null;
      /** @description A service (library, IT…): it goes to that service's desk first */
      service?: string | null;
      /** @description Nobody, admin included, can ever learn who wrote it */
      anonymous?: boolean;
    };
    FeedbackResponseDto: {
      body: string;
    };
    EscalateFeedbackDto: {
      /** @description Why it goes to the next level */
      reason: string;
    };
    CloseFeedbackDto: {
      /** @description What was done: shown under "you said, we did" */
      outcome: string;
    };
    YouSaidWeDidView: {
      /** Format: uuid */
      id: string;
      school: string;
      youSaid: string;
      expectation: string | null;
      service: string | null;
      weDid: string | null;
      /** @enum {string} */
      level: 'service_desk' | 'course_rep' | 'sspf' | 'school_committee';
      /** Format: date-time */
      closedAt: string | null;
    };
    ActivityMeasureView: {
      count: number;
      /** @description Exact pounds */
      valueGbp: number;
    };
    ActivitiesByTypeView: {
      count: number;
      /** @description Exact pounds */
      valueGbp: number;
      /** @example contract_research */
      type: string;
    };
    ActivitiesByFacultyView: {
      count: number;
      /** @description Exact pounds */
      valueGbp: number;
      /** @example ENG */
      faculty: string;
    };
    ActivitiesByAcademicYearView: {
      count: number;
      /** @description Exact pounds */
      valueGbp: number;
      /** @example 2025/26 */
      academicYear: string;
    };
    TopPartnerView: {
      /** Format: uuid */
      partnerId: string;
      /** @description Null when the partner is not in the reports yet */
      name: string | null;
      /** @description Exact pounds */
      valueGbp: number;
    };
    OverviewView: {
      /**
       * Format: date-time
       * @description The newest event the read models reflect (null before any)
       */
      asOf: string | null;
      /** @description Null: every year */
      academicYear: string | null;
      /** @description Null: every faculty */
      faculty: string | null;
      /** @description Active and completed activities */
      totals: components['schemas']['ActivityMeasureView'];
      /** @description Activities in the pipeline */
      pipeline: components['schemas']['ActivityMeasureView'];
      /** @description Live partners of each tier (every tier named) */
      partnersByTier: {
        [key: string]: number;
      };
      /** @description Live partners of each status (every status named) */
      partnersByStatus: {
        [key: string]: number;
      };
      activitiesByType: components['schemas']['ActivitiesByTypeView'][];
      activitiesByFaculty: components['schemas']['ActivitiesByFacultyView'][];
      activitiesByAcademicYear: components['schemas']['ActivitiesByAcademicYearView'][];
      /** @description The ten of highest value */
      topPartners: components['schemas']['TopPartnerView'][];
    };
    HebciCellView: {
      /**
       * @description `<category>.<partnerClass>`
       * @example contract_research.sme
       */
      cellId: string;
      /**
       * @description The HE-BCI Part B table
       * @example 1
       */
      table: string;
      /** @enum {string} */
      category:
        | 'collaborative_research'
        | 'contract_research'
        | 'consultancy'
        | 'facilities_equipment'
        | 'cpd'
        | 'ip_licensing'
        | 'public_engagement';
      label: string;
      /** @enum {string} */
      partnerClass: 'sme' | 'non_sme_commercial' | 'non_commercial';
      /** @description £000s, rounded to the nearest thousand (halves up) from the exact sum */
      incomeThousands: number;
      /** @description Exact pounds */
      incomeGbp: number;
      count: number;
      /** @description CPD lines only */
      learnerDays?: number;
      /** @description Public engagement lines only */
      attendees?: number;
    };
    HebciExclusionReasonView: {
      reason: string;
      count: number;
      /** @description Exact pounds */
      incomeGbp: number;
    };
    HebciExclusionsView: {
      count: number;
      /** @description Most activities first */
      byReason: components['schemas']['HebciExclusionReasonView'][];
    };
    HebciView: {
      /** @example 2025/26 */
      academicYear: string;
      /**
       * Format: date-time
       * @description The newest event the read models reflect (null before any)
       */
      asOf: string | null;
      /** @description A faculty user's own faculty; null: all */
      faculty: string | null;
      /** @example GBP thousands */
      units: string;
      /** @description Every line × partner class, empty ones too */
      cells: components['schemas']['HebciCellView'][];
      /** @description Activities of the year outside the return */
      excluded: components['schemas']['HebciExclusionsView'];
    };
    HebciCellTotalsView: {
      count: number;
      /** @description Exact pounds */
      incomeGbp: number;
      /** @description £000s, rounded to the nearest thousand (halves up) from the exact sum */
      incomeThousands: number;
    };
    HebciActivityPartnerView: {
      /** Format: uuid */
      id: string;
      name: string | null;
      organisationType: string | null;
    };
    HebciActivityView: {
      /** Format: uuid */
      activityId: string;
      title: string;
      type: string;
      faculty: string;
      /** Format: date */
      startDate: string;
      partner: components['schemas']['HebciActivityPartnerView'];
      /** @description Exact pounds counted in the year */
      incomeGbp: number;
      /** @description Why it is outside the return (excluded only) */
      reason?: string | null;
    };
    HebciCellActivitiesView: {
      /**
       * Format: date-time
       * @description The newest event the read models reflect (null before any)
       */
      asOf: string | null;
      /** @example 2025/26 */
      academicYear: string;
      faculty: string | null;
      /**
       * @description Or `excluded`
       * @example contract_research.sme
       */
      cellId: string;
      cell: components['schemas']['HebciCellTotalsView'];
      items: components['schemas']['HebciActivityView'][];
      /** @description How many match, on every page */
      total: number;
      page: number;
      limit: number;
    };
    ScoreWeightsView: {
      breadth: number;
      reach: number;
      value: number;
      recency: number;
      agreement: number;
    };
    ComponentScoreView: {
      /** @description 0–1 before weighting */
      ratio: number;
      weight: number;
      /** @description Points of the 100 the weights share */
      points: number;
      /** @description How the points were reached */
      working: string;
    };
    ScoreComponentsView: {
      breadth: components['schemas']['ComponentScoreView'];
      reach: components['schemas']['ComponentScoreView'];
      value: components['schemas']['ComponentScoreView'];
      recency: components['schemas']['ComponentScoreView'];
      agreement: components['schemas']['ComponentScoreView'];
    };
    CandidateView: {
      /** Format: uuid */
      partnerId: string;
      name: string;
      /** @enum {string} */
      tier: 'corporate' | 'strategic' | 'transactional';
      score: number;
      components: components['schemas']['ScoreComponentsView'];
      /**
       * @description Set when engagement looks like a higher tier than the partner holds
       * @enum {string|null}
       */
      suggestedTier: 'corporate' | 'strategic' | 'transactional' | null;
      /** @description Why the tier is suggested (empty when none is) */
      reasons: string[];
    };
    CandidatesView: {
      /**
       * Format: date-time
       * @description The newest event the read models reflect (null before any)
       */
      asOf: string | null;
      weights: components['schemas']['ScoreWeightsView'];
      /** @description A suggestion needs an activity started this many days ago or later */
      suggestWithinDays: number;
      items: components['schemas']['CandidateView'][];
      /** @description How many match, on every page */
      total: number;
      page: number;
      limit: number;
    };
    EngagedPartnerView: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @enum {string} */
      tier: 'corporate' | 'strategic' | 'transactional';
      /** @enum {string} */
      status: 'prospect' | 'active' | 'dormant' | 'ended';
      organisationType: string;
    };
    EngagementYearView: {
      /** @example 2025/26 */
      academicYear: string;
      count: number;
      /** @description Exact pounds */
      valueGbp: number;
    };
    TimelineActivityView: {
      /** Format: uuid */
      activityId: string;
      type: string;
      title: string;
      faculty: string;
      status: string;
      /** Format: date */
      startDate: string;
      /** @example 2025/26 */
      academicYear: string;
      /** @description Exact pounds */
      valueGbp: number | null;
    };
    PartnerEngagementView: {
      /**
       * Format: date-time
       * @description The newest event the read models reflect (null before any)
       */
      asOf: string | null;
      /** @description A faculty user's own faculty; null: all */
      faculty: string | null;
      partner: components['schemas']['EngagedPartnerView'];
      score: number;
      components: components['schemas']['ScoreComponentsView'];
      /**
       * @description Set when engagement looks like a higher tier than the partner holds
       * @enum {string|null}
       */
      suggestedTier: 'corporate' | 'strategic' | 'transactional' | null;
      reasons: string[];
      /** @description Active formal agreements, `type: title` */
      agreementsInPlace: string[];
      byAcademicYear: components['schemas']['EngagementYearView'][];
      /** @description Newest first */
      timeline: components['schemas']['TimelineActivityView'][];
    };
    RepresentativeCoverageView: {
      school: string;
      teachingGroups: number;
      withRepresentative: number;
      coveragePercent: number;
    };
    ForumMeetingsView: {
      school: string;
      scheduled: number;
      held: number;
      minutesPublished: number;
      /** @description Days, to one decimal; null when none */
      medianDaysToPublish: number | null;
    };
    FeedbackSummaryView: {
      school: string;
      opened: number;
      closed: number;
      escalated: number;
      overdue: number;
      /** @description Days, to one decimal; null when none */
      medianDaysToFirstResponse: number | null;
    };
    InvolvementsByKindView: {
      kind: string;
      involvements: number;
      students: number;
    };
    ProjectsByStatusView: {
      status: string;
      projects: number;
    };
    NominationsByCategoryView: {
      category: string;
      nominations: number;
      shortlisted: number;
      winners: number;
    };
    StudentPartnershipView: {
      /**
       * Format: date-time
       * @description The newest event the read models reflect (null before any)
       */
      asOf: string | null;
      /** @example 2025/26 */
      academicYear: string;
      /** @description Null: every school */
      school: string | null;
      representativeCoverage: components['schemas']['RepresentativeCoverageView'][];
      forumMeetings: components['schemas']['ForumMeetingsView'][];
      feedback: components['schemas']['FeedbackSummaryView'][];
      involvementsByKind: components['schemas']['InvolvementsByKindView'][];
      projectsByStatus: components['schemas']['ProjectsByStatusView'][];
      nominationsByCategory: components['schemas']['NominationsByCategoryView'][];
    };
    SnapshotSummaryView: {
      /** Format: uuid */
      id: string;
      /**
       * @description The UK calendar month
       * @example 2026-11
       */
      period: string;
      /** Format: date-time */
      takenAt: string;
      /**
       * @description The year of its HE-BCI figures
       * @example 2025/26
       */
      academicYear: string;
      activities: number;
      /** @description Exact pounds */
      valueGbp: number;
      hebciIncomeThousands: number;
    };
    SnapshotView: {
      /** Format: uuid */
      id: string;
      /**
       * @description The UK calendar month
       * @example 2026-11
       */
      period: string;
      /** Format: date-time */
      takenAt: string;
      /**
       * @description The year of its HE-BCI figures
       * @example 2025/26
       */
      academicYear: string;
      activities: number;
      /** @description Exact pounds */
      valueGbp: number;
      hebciIncomeThousands: number;
      overview: components['schemas']['OverviewView'];
      hebci: components['schemas']['HebciView'];
    };
    SourceFreshnessView: {
      /** @example activities */
      source: string;
      /** @description Events applied */
      events: number;
      /** Format: date-time */
      lastEventAt: string | null;
      /** Format: date-time */
      lastHandledAt: string | null;
      unappliedEvents: number;
      /** Format: date-time */
      oldestUnappliedAt: string | null;
      /**
       * Format: date-time
       * @description When the source's log was last checked
       */
      verifiedAt: string | null;
      /** @description How far behind, in milliseconds */
      lagMs: number;
      /** @enum {string} */
      status: 'current' | 'behind' | 'unchecked';
    };
    FreshnessView: {
      /**
       * Format: date-time
       * @description The newest event the read models reflect (null before any)
       */
      asOf: string | null;
      sources: components['schemas']['SourceFreshnessView'][];
    };
  };
  responses: never;
  parameters: {
    /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
    IdempotencyKey: string;
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  HealthController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Everything is up */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthView'];
        };
      };
      /** @description Something is down: the same shape names it */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthView'];
        };
      };
    };
  };
  AuthController_settings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sign-in options */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuthSettings'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  AuthController_devSignIn: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DevSignInDto'];
      };
    };
    responses: {
      /** @description A token for the role, valid for 8 hours */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DevSignInReply'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  EnquiriesController_list: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        status?: 'new' | 'in_progress' | 'converted' | 'declined';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of enquiries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['EnquiryView'][];
            /** @description How many match, on every page */
            total: number;
            page: number;
            limit: number;
          };
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  EnquiriesController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateEnquiryDto'];
      };
    };
    responses: {
      /** @description The enquiry, `status: new` */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EnquiryView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  EnquiriesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The enquiry */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EnquiryView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  EnquiriesController_transition: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TransitionEnquiryDto'];
      };
    };
    responses: {
      /** @description The enquiry */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EnquiryView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Not a move the enquiry can make from its status */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PartnersController_list: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        /** @description Searches name and aliases */
        q?: string;
        tier?: 'corporate' | 'strategic' | 'transactional';
        status?: 'prospect' | 'active' | 'dormant' | 'ended';
        organisationType?:
          | 'sme'
          | 'large_company'
          | 'public_sector'
          | 'nhs'
          | 'charity'
          | 'higher_education'
          | 'consortium'
          | 'other';
        /** @description true lists archived partners as well */
        archived?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of partners */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['PartnerView'][];
            /** @description How many match, on every page */
            total: number;
            page: number;
            limit: number;
          };
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PartnersController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePartnerDto'];
      };
    };
    responses: {
      /** @description The partner */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerView'];
        };
      };
      /** @description A field is missing or not valid; `details` names it */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Already registered: `existingId` is the partner it matches */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PartnersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The partner */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerDetailView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PartnersController_archive: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Archived (or it already was) */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PartnersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePartnerDto'];
      };
    };
    responses: {
      /** @description The changed partner */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Stale version, or the new name/alias/company number is another partner's */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PartnerContactsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        partnerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description All of the partner's contacts (one page) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ContactView'][];
            /** @description How many match, on every page */
            total: number;
            page: number;
            limit: number;
          };
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PartnerContactsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        partnerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateContactDto'];
      };
    };
    responses: {
      /** @description The record added */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContactView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PartnerContactsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        partnerId: string;
        childId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PartnerContactsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        partnerId: string;
        childId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateContactDto'];
      };
    };
    responses: {
      /** @description The changed record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContactView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PartnerGoalsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        partnerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description All of the partner's shared strategic goals and objectives (one page) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['GoalView'][];
            /** @description How many match, on every page */
            total: number;
            page: number;
            limit: number;
          };
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PartnerGoalsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        partnerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateGoalDto'];
      };
    };
    responses: {
      /** @description The record added */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PartnerGoalsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        partnerId: string;
        childId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PartnerGoalsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        partnerId: string;
        childId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateGoalDto'];
      };
    };
    responses: {
      /** @description The changed record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GoalView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PartnerAgreementsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        partnerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description All of the partner's agreements (values hidden from faculty) (one page) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AgreementView'][];
            /** @description How many match, on every page */
            total: number;
            page: number;
            limit: number;
          };
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PartnerAgreementsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        partnerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAgreementDto'];
      };
    };
    responses: {
      /** @description The record added */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgreementView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PartnerAgreementsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        partnerId: string;
        childId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PartnerAgreementsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        partnerId: string;
        childId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateAgreementDto'];
      };
    };
    responses: {
      /** @description The changed record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgreementView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PartnerMembersController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        partnerId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description All of the partner's member organisations (consortia, joint partnerships) (one page) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['MemberView'][];
            /** @description How many match, on every page */
            total: number;
            page: number;
            limit: number;
          };
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PartnerMembersController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        partnerId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMemberDto'];
      };
    };
    responses: {
      /** @description The record added */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PartnerMembersController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        partnerId: string;
        childId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  PartnerMembersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        partnerId: string;
        childId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMemberDto'];
      };
    };
    responses: {
      /** @description The changed record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MemberView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ActivityImportsController_list: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        status?: 'queued' | 'running' | 'completed' | 'failed';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of imports, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ActivityImportSummaryView'][];
            /** @description How many match, on every page */
            total: number;
            page: number;
            limit: number;
          };
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ActivityImportsController_start: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file?: string;
        };
        'text/csv': {
          /** Format: binary */
          file?: string;
        };
      };
    };
    responses: {
      /** @description Accepted: follow it at GET /activities/imports/{importId} */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityImportAccepted'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ActivityImportsController_template: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The template, as CSV */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ActivityImportsController_status: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        importId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The import, with every reported row */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityImportView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ActivitiesController_list: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        partnerId?: string;
        type?:
          | 'contract_research'
          | 'collaborative_research'
          | 'consultancy'
          | 'staff_exchange'
          | 'networking_promotional'
          | 'ktp'
          | 'facilities_use'
          | 'ip_licensing'
          | 'student_engagement'
          | 'training_cpd';
        faculty?: string;
        status?: 'pipeline' | 'active' | 'completed' | 'cancelled';
        academicYear?: string;
        /** @description Activities starting on or after */
        from?: string | null;
        /** @description Activities starting on or before */
        to?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of activities */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ActivityView'][];
            /** @description How many match, on every page */
            total: number;
            page: number;
            limit: number;
          };
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ActivitiesController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateActivityDto'];
      };
    };
    responses: {
      /** @description The activity already logged with this `externalRef` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityView'];
        };
      };
      /** @description The new activity, with its `academicYear` */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description `partnerId` names no partner, or an archived one */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ActivitiesController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The activity */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ActivitiesController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ActivitiesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateActivityDto'];
      };
    };
    responses: {
      /** @description The changed activity */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ActivitiesController_history: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The audit trail, oldest first. An activity from a CSV import begins with its "created" entry carrying `source: { importId, fileName, row }`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActivityHistoryEntryView'][];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ChartersController_list: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        academicYear?: string;
        status?: 'draft' | 'published' | 'superseded';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of charters */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['CharterView'][];
            /** @description How many match, on every page */
            total: number;
            page: number;
            limit: number;
          };
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ChartersController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCharterDto'];
      };
    };
    responses: {
      /** @description The draft charter */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CharterView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ChartersController_current: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The current charter */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CharterView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing published yet */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ChartersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The charter */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CharterView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ChartersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCharterDto'];
      };
    };
    responses: {
      /** @description The charter, changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CharterView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ChartersController_publish: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The charter, `status: published` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CharterView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  TeachingGroupsController_list: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        school?: string;
        academicYear?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of teaching groups */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['TeachingGroupView'][];
            /** @description How many match, on every page */
            total: number;
            page: number;
            limit: number;
          };
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  TeachingGroupsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTeachingGroupDto'];
      };
    };
    responses: {
      /** @description The group */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeachingGroupView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The school already has that code that year (`existingId`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  TeachingGroupsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The group */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeachingGroupView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  TeachingGroupsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTeachingGroupDto'];
      };
    };
    responses: {
      /** @description The group, changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeachingGroupView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  TeachingGroupsController_appoint: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AppointRepresentativeDto'];
      };
    };
    responses: {
      /** @description The group with its new representative */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeachingGroupView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  TeachingGroupsController_endTerm: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The term has ended */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  RepresentativesController_list: {
    parameters: {
      query?: {
        school?: string;
        academicYear?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The current representatives */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RepresentativeListView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  RepresentativesController_coverage: {
    parameters: {
      query?: {
        school?: string;
        academicYear?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Coverage per school and year */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoverageListView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ForumsController_list: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        school?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of forums */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ForumView'][];
            /** @description How many match, on every page */
            total: number;
            page: number;
            limit: number;
          };
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ForumsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateForumDto'];
      };
    };
    responses: {
      /** @description The forum */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ForumView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ForumsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The forum */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ForumView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ForumsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateForumDto'];
      };
    };
    responses: {
      /** @description The forum, renamed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ForumView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ForumsController_listMeetings: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the forum's meetings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['MeetingView'][];
            /** @description How many match, on every page */
            total: number;
            page: number;
            limit: number;
          };
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ForumsController_createMeeting: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMeetingDto'];
      };
    };
    responses: {
      /** @description The meeting */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  MeetingsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The meeting */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  MeetingsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMeetingDto'];
      };
    };
    responses: {
      /** @description The meeting, changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  MeetingsController_minutes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The minutes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingMinutesView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  MeetingsController_writeMinutes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MinutesDto'];
      };
    };
    responses: {
      /** @description The meeting with its minutes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  MeetingsController_addAgendaItem: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddAgendaItemDto'];
      };
    };
    responses: {
      /** @description The meeting with the item added */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  MeetingsController_publishMinutes: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The meeting, its minutes published */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeetingView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No minutes written yet */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  InvolvementsController_list: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        kind?:
          | 'committee'
          | 'staff_recruitment'
          | 'student_recruitment'
          | 'focus_group'
          | 'internship'
          | 'consultation'
          | 'curriculum_review'
          | 'programme_meeting'
          | 'workshop'
          | 'induction';
        school?: string;
        /** @description On or after */
        from?: string | null;
        /** @description On or before */
        to?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of involvements */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['InvolvementView'][];
            /** @description How many match, on every page */
            total: number;
            page: number;
            limit: number;
          };
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  InvolvementsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateInvolvementDto'];
      };
    };
    responses: {
      /** @description The involvement */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvolvementView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  InvolvementsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The involvement */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvolvementView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  InvolvementsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  InvolvementsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateInvolvementDto'];
      };
    };
    responses: {
      /** @description The involvement, changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvolvementView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ActionPlansController_list: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        school?: string;
        academicYear?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of action plans */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ActionPlanView'][];
            /** @description How many match, on every page */
            total: number;
            page: number;
            limit: number;
          };
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ActionPlansController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateActionPlanDto'];
      };
    };
    responses: {
      /** @description The plan, each item with its id */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionPlanView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The school already has a plan that year (`existingId`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ActionPlansController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The plan */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionPlanView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ActionPlansController_addItem: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddActionItemDto'];
      };
    };
    responses: {
      /** @description The plan */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionPlanView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ActionPlansController_updateItem: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateActionItemDto'];
      };
    };
    responses: {
      /** @description The plan */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ActionPlanView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ProjectsController_list: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        priority?: 'mental_health' | 'student_voice' | 'employability' | 'other';
        status?: 'proposed' | 'active' | 'completed' | 'dropped';
        academicYear?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of projects */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['ProjectView'][];
            /** @description How many match, on every page */
            total: number;
            page: number;
            limit: number;
          };
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ProjectsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProjectDto'];
      };
    };
    responses: {
      /** @description The project */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ProjectsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The project */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ProjectsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProjectDto'];
      };
    };
    responses: {
      /** @description The project, changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ProjectsController_review: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ProjectReviewDto'];
      };
    };
    responses: {
      /** @description The project with its reviews */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProjectView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  AwardsController_listCycles: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of award cycles */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['AwardCycleView'][];
            /** @description How many match, on every page */
            total: number;
            page: number;
            limit: number;
          };
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  AwardsController_createCycle: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateAwardCycleDto'];
      };
    };
    responses: {
      /** @description The cycle */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AwardCycleView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description That year already has a cycle (`existingId`) */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  AwardsController_getCycle: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cycle */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AwardCycleView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  AwardsController_listNominations: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        status?: 'submitted' | 'shortlisted' | 'winner' | 'not_selected';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of nominations */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['NominationView'][];
            /** @description How many match, on every page */
            total: number;
            page: number;
            limit: number;
          };
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  AwardsController_nominate: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NominationDto'];
      };
    };
    responses: {
      /** @description The nomination */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NominationView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The cycle has closed */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  AwardsController_decide: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NominationDecisionDto'];
      };
    };
    responses: {
      /** @description The nomination with its decision */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NominationView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  AwardsController_winners: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The winners */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AwardWinnersView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  FeedbackController_list: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        school?: string;
        status?: 'open' | 'responded' | 'escalated' | 'closed';
        level?: 'service_desk' | 'course_rep' | 'sspf' | 'school_committee';
        /** @description Only items past their first-response deadline */
        overdue?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of feedback */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['FeedbackView'][];
            /** @description How many match, on every page */
            total: number;
            page: number;
            limit: number;
          };
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  FeedbackController_submit: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SubmitFeedbackDto'];
      };
    };
    responses: {
      /** @description The feedback, `status: open`, with its first-response deadline `dueBy` */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeedbackView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  FeedbackController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The feedback */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeedbackView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  FeedbackController_respond: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FeedbackResponseDto'];
      };
    };
    responses: {
      /** @description The feedback, `status: responded` */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeedbackView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  FeedbackController_escalate: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['EscalateFeedbackDto'];
      };
    };
    responses: {
      /** @description The feedback, one level up */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeedbackView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  FeedbackController_close: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseFeedbackDto'];
      };
    };
    responses: {
      /** @description The feedback, `status: closed` */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeedbackView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  FeedbackController_youSaidWeDid: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        school?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of closed feedback and its outcomes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['YouSaidWeDidView'][];
            /** @description How many match, on every page */
            total: number;
            page: number;
            limit: number;
          };
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ReportsController_overview: {
    parameters: {
      query?: {
        academicYear?: string;
        /** @description Faculty users always see their own faculty */
        faculty?: string;
        /** @description json (default), or a csv or xlsx download */
        format?: 'json' | 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The overview; with `format=csv` or `format=xlsx`, the same report as a download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OverviewView'];
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ReportsController_hebci: {
    parameters: {
      query?: {
        academicYear?: string;
        /** @description json (default), or a csv or xlsx download */
        format?: 'json' | 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The draft return; with `format=csv` or `format=xlsx`, the same report as a download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HebciView'];
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ReportsController_hebciCell: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        academicYear?: string;
        /** @description json (default), or a csv or xlsx download */
        format?: 'json' | 'csv' | 'xlsx';
      };
      header?: never;
      path: {
        cellId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the cell's activities and the cell's totals; with `format=csv` or `format=xlsx`, the same report as a download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HebciCellActivitiesView'];
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ReportsController_hebciExcluded: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        academicYear?: string;
        /** @description json (default), or a csv or xlsx download */
        format?: 'json' | 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of the excluded activities and their totals; with `format=csv` or `format=xlsx`, the same report as a download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HebciCellActivitiesView'];
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ReportsController_candidates: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
        /** @description Only partners of this tier */
        tier?: 'corporate' | 'strategic' | 'transactional';
        /** @description Only partners with a suggested higher tier */
        flagged?: boolean;
        /** @description json (default), or a csv or xlsx download */
        format?: 'json' | 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of scored partners, best first; with `format=csv` or `format=xlsx`, the same report as a download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CandidatesView'];
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ReportsController_engagement: {
    parameters: {
      query?: {
        /** @description json (default), or a csv or xlsx download */
        format?: 'json' | 'csv' | 'xlsx';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The partner's engagement; with `format=csv` or `format=xlsx`, the same report as a download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartnerEngagementView'];
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ReportsController_studentPartnership: {
    parameters: {
      query?: {
        academicYear?: string;
        school?: string;
        /** @description json (default), or a csv or xlsx download */
        format?: 'json' | 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The student-partnership report; with `format=csv` or `format=xlsx`, the same report as a download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['StudentPartnershipView'];
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ReportsController_snapshots: {
    parameters: {
      query?: {
        page?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of snapshots */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: components['schemas']['SnapshotSummaryView'][];
            /** @description How many match, on every page */
            total: number;
            page: number;
            limit: number;
          };
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ReportsController_takeSnapshot: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe. The same key from the same caller within 24 hours gets the first final answer again (its status and body: a 2xx, or a 4xx other than 408 and 429) without the work being done twice; a 503 or 504 is never replayed, so retry those with the same key. The same key while the first request is still being worked on gets 409; the same key with a different body gets 422. A key that is not 1-200 printable ASCII characters gets 400. Routes that store nothing (the development sign-in) accept it and ignore it. */
        'Idempotency-Key'?: components['parameters']['IdempotencyKey'];
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Already taken this month */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SnapshotSummaryView'];
        };
      };
      /** @description Taken now */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SnapshotSummaryView'];
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ReportsController_snapshot: {
    parameters: {
      query?: {
        /** @description json (default), or a csv or xlsx download */
        format?: 'json' | 'csv' | 'xlsx';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The snapshot; with `format=csv` or `format=xlsx`, the same report as a download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SnapshotView'];
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
  ReportsController_freshness: {
    parameters: {
      query?: {
        /** @description json (default), or a csv or xlsx download */
        format?: 'json' | 'csv' | 'xlsx';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Every source; with `format=csv` or `format=xlsx`, the same report as a download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FreshnessView'];
          'text/csv': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      /** @description Bad input: `details` names each field and its problem (dotted paths). Also JSON nested deeper than 32 levels, text holding a NUL or an unpaired surrogate (body, query or path), unknown body fields, `page` above 100,000 or `limit` above 200 */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No valid bearer token */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The role may never do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description No such resource, or outside your scope */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The body is over its limit. A JSON body may be at most 5 MiB. A CSV upload may be at most 40 MiB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Rate limit exceeded (per address or per token subject); see `Retry-After` */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description Nothing was done (the service or the broker is unavailable); retry after `Retry-After` */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
      /** @description The request was handed over but no answer came in time: the outcome is unknown; retrying with the same `Idempotency-Key` is safe */
      504: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': Record<string, never>;
        };
      };
    };
  };
}
