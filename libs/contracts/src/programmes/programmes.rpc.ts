import type { RpcContract } from '../rpc/rpc-map';
import type { Page, PageQuery } from '../common/page';
import type {
  AddActionItemDto,
  CreateActionPlanDto,
  ListActionPlansQuery,
  UpdateActionItemDto,
} from './action-plan.dto';
import type { ActionPlanView } from './action-plan.view';
import type {
  CreateAwardCycleDto,
  ListNominationsQuery,
  NominationDecisionDto,
  NominationDto,
} from './award.dto';
import type { AwardCycleView, AwardWinnersView, NominationView } from './award.view';
import type { CreateCharterDto, ListChartersQuery, UpdateCharterDto } from './charter.dto';
import type { CharterView } from './charter.view';
import type {
  CloseFeedbackDto,
  EscalateFeedbackDto,
  FeedbackResponseDto,
  ListFeedbackQuery,
  SubmitFeedbackDto,
  YouSaidWeDidQuery,
} from './feedback.dto';
import type { FeedbackView, YouSaidWeDidView } from './feedback.view';
import type {
  AddAgendaItemDto,
  CreateForumDto,
  CreateMeetingDto,
  ListForumsQuery,
  MinutesDto,
  UpdateForumDto,
  UpdateMeetingDto,
} from './forum.dto';
import type { ForumView, MeetingMinutesView, MeetingView } from './forum.view';
import type { CreateInvolvementDto, ListInvolvementsQuery, UpdateInvolvementDto } from './involvement.dto';
import type { InvolvementView } from './involvement.view';
import type {
  ActionPlanPattern,
  AwardPattern,
  CharterPattern,
  FeedbackPattern,
  ForumPattern,
  InvolvementPattern,
  ProjectPattern,
  RepresentationPattern,
} from './programme.patterns';
import type { CreateProjectDto, ListProjectsQuery, ProjectReviewDto, UpdateProjectDto } from './project.dto';
import type { ProjectView } from './project.view';
import type {
  AppointRepresentativeDto,
  CreateTeachingGroupDto,
  ListTeachingGroupsQuery,
  RepresentativesQuery,
  UpdateTeachingGroupDto,
} from './representation.dto';
import type { CoverageListView, RepresentativeListView, TeachingGroupView } from './representation.view';

type WithBody<Ids, Body> = Ids & { body: Body };

interface ChartersRpc {
  [CharterPattern.Create]: RpcContract<CreateCharterDto, CharterView>;
  [CharterPattern.List]: RpcContract<ListChartersQuery, Page<CharterView>>;
  [CharterPattern.Current]: RpcContract<Record<string, never>, CharterView>;
  [CharterPattern.Get]: RpcContract<{ charterId: string }, CharterView>;
  [CharterPattern.Update]: RpcContract<WithBody<{ charterId: string }, UpdateCharterDto>, CharterView>;
  [CharterPattern.Publish]: RpcContract<{ charterId: string }, CharterView>;
}

interface RepresentationRpc {
  [RepresentationPattern.CreateGroup]: RpcContract<CreateTeachingGroupDto, TeachingGroupView>;
  [RepresentationPattern.ListGroups]: RpcContract<ListTeachingGroupsQuery, Page<TeachingGroupView>>;
  [RepresentationPattern.GetGroup]: RpcContract<{ groupId: string }, TeachingGroupView>;
  [RepresentationPattern.UpdateGroup]: RpcContract<
    WithBody<{ groupId: string }, UpdateTeachingGroupDto>,
    TeachingGroupView
  >;
  [RepresentationPattern.Appoint]: RpcContract<
    WithBody<{ groupId: string }, AppointRepresentativeDto>,
    TeachingGroupView
  >;
  [RepresentationPattern.EndTerm]: RpcContract<{ groupId: string }, TeachingGroupView>;
  [RepresentationPattern.Representatives]: RpcContract<RepresentativesQuery, RepresentativeListView>;
  [RepresentationPattern.Coverage]: RpcContract<RepresentativesQuery, CoverageListView>;
}

interface ForumsRpc {
  [ForumPattern.Create]: RpcContract<CreateForumDto, ForumView>;
  [ForumPattern.List]: RpcContract<ListForumsQuery, Page<ForumView>>;
  [ForumPattern.Get]: RpcContract<{ forumId: string }, ForumView>;
  [ForumPattern.Update]: RpcContract<WithBody<{ forumId: string }, UpdateForumDto>, ForumView>;
  [ForumPattern.CreateMeeting]: RpcContract<WithBody<{ forumId: string }, CreateMeetingDto>, MeetingView>;
  [ForumPattern.ListMeetings]: RpcContract<{ forumId: string; query: PageQuery }, Page<MeetingView>>;
  [ForumPattern.GetMeeting]: RpcContract<{ meetingId: string }, MeetingView>;
  [ForumPattern.GetMinutes]: RpcContract<{ meetingId: string }, MeetingMinutesView>;
  [ForumPattern.UpdateMeeting]: RpcContract<WithBody<{ meetingId: string }, UpdateMeetingDto>, MeetingView>;
  [ForumPattern.AddAgendaItem]: RpcContract<WithBody<{ meetingId: string }, AddAgendaItemDto>, MeetingView>;
  [ForumPattern.WriteMinutes]: RpcContract<WithBody<{ meetingId: string }, MinutesDto>, MeetingView>;
  [ForumPattern.PublishMinutes]: RpcContract<{ meetingId: string }, MeetingView>;
}

interface InvolvementsRpc {
  [InvolvementPattern.Create]: RpcContract<CreateInvolvementDto, InvolvementView>;
  [InvolvementPattern.List]: RpcContract<ListInvolvementsQuery, Page<InvolvementView>>;
  [InvolvementPattern.Get]: RpcContract<{ involvementId: string }, InvolvementView>;
  [InvolvementPattern.Update]: RpcContract<
    WithBody<{ involvementId: string }, UpdateInvolvementDto>,
    InvolvementView
  >;
  [InvolvementPattern.Delete]: RpcContract<{ involvementId: string }, { deleted: true }>;
}

interface PlansAndProjectsRpc {
  [ActionPlanPattern.Create]: RpcContract<CreateActionPlanDto, ActionPlanView>;
  [ActionPlanPattern.List]: RpcContract<ListActionPlansQuery, Page<ActionPlanView>>;
  [ActionPlanPattern.Get]: RpcContract<{ planId: string }, ActionPlanView>;
  [ActionPlanPattern.AddItem]: RpcContract<WithBody<{ planId: string }, AddActionItemDto>, ActionPlanView>;
  [ActionPlanPattern.UpdateItem]: RpcContract<
    WithBody<{ planId: string; itemId: string }, UpdateActionItemDto>,
    ActionPlanView
  >;
  [ProjectPattern.Create]: RpcContract<CreateProjectDto, ProjectView>;
  [ProjectPattern.List]: RpcContract<ListProjectsQuery, Page<ProjectView>>;
  [ProjectPattern.Get]: RpcContract<{ projectId: string }, ProjectView>;
  [ProjectPattern.Update]: RpcContract<WithBody<{ projectId: string }, UpdateProjectDto>, ProjectView>;
  [ProjectPattern.Review]: RpcContract<WithBody<{ projectId: string }, ProjectReviewDto>, ProjectView>;
}

interface AwardsRpc {
  [AwardPattern.CreateCycle]: RpcContract<CreateAwardCycleDto, AwardCycleView>;
  [AwardPattern.ListCycles]: RpcContract<PageQuery, Page<AwardCycleView>>;
  [AwardPattern.GetCycle]: RpcContract<{ cycleId: string }, AwardCycleView>;
  [AwardPattern.Nominate]: RpcContract<WithBody<{ cycleId: string }, NominationDto>, NominationView>;
  [AwardPattern.ListNominations]: RpcContract<
    { cycleId: string; query: ListNominationsQuery },
    Page<NominationView>
  >;
  [AwardPattern.Decide]: RpcContract<
    WithBody<{ nominationId: string }, NominationDecisionDto>,
    NominationView
  >;
  [AwardPattern.Winners]: RpcContract<{ cycleId: string }, AwardWinnersView>;
}

interface FeedbackRpc {
  [FeedbackPattern.Submit]: RpcContract<SubmitFeedbackDto, FeedbackView>;
  [FeedbackPattern.List]: RpcContract<ListFeedbackQuery, Page<FeedbackView>>;
  [FeedbackPattern.Get]: RpcContract<{ feedbackId: string }, FeedbackView>;
  [FeedbackPattern.Respond]: RpcContract<WithBody<{ feedbackId: string }, FeedbackResponseDto>, FeedbackView>;
  [FeedbackPattern.Escalate]: RpcContract<
    WithBody<{ feedbackId: string }, EscalateFeedbackDto>,
    FeedbackView
  >;
  [FeedbackPattern.Close]: RpcContract<WithBody<{ feedbackId: string }, CloseFeedbackDto>, FeedbackView>;
  [FeedbackPattern.YouSaidWeDid]: RpcContract<YouSaidWeDidQuery, Page<YouSaidWeDidView>>;
  [FeedbackPattern.Anonymity]: RpcContract<{ feedbackId: string }, { anonymous: boolean }>;
}

/** The message patterns of the programmes service with their requests and replies (RpcMap). */
export interface ProgrammesRpc
  extends
    ChartersRpc,
    RepresentationRpc,
    ForumsRpc,
    InvolvementsRpc,
    PlansAndProjectsRpc,
    AwardsRpc,
    FeedbackRpc {}
