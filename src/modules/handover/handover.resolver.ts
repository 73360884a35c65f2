import { ParseUUIDPipe } from '@nestjs/common';
import {
  Args,
  ArgsType,
  Field,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { type Caller, CurrentCaller } from 'src/common/auth/caller';
import { FreeText } from 'src/common/graphql/text.validators';
import { CasesService } from 'src/modules/cases';
import { AssessmentCaseEntity } from 'src/modules/cases/model';
import {
  AcknowledgeHandoverInput,
  FollowUpsArgs,
  HandOverCaseInput,
  RecordFollowUpInput,
} from 'src/modules/handover/dto/handover.input';
import { FollowUpEntity, HandoverEntity } from 'src/modules/handover/handover.entity';
import { HandoverService } from 'src/modules/handover/handover.service';
import { HandoverSummaryPreview } from 'src/modules/handover/handover-summary-preview';
import { HandoverDestination } from 'src/modules/handover/handover.enums';
import { IdentityLoaders } from 'src/modules/identity';
import { ServiceUnitEntity, StaffMemberEntity } from 'src/modules/identity/model';
import { inKeyOrder } from 'src/common/graphql/loaders';

@ArgsType()
export class ReturnHandoverArgs {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID()
  caseId: string;

  @Field({ description: 'Why the receiving unit returns it.' })
  @FreeText(1, 2000)
  reason: string;
}

@ArgsType()
export class AcknowledgeHandoverArgs {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID()
  caseId: string;

  @Field(() => AcknowledgeHandoverInput, { nullable: true, description: 'For an external unit.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AcknowledgeHandoverInput)
  input?: AcknowledgeHandoverInput;
}

@Resolver(() => HandoverEntity)
export class HandoverResolver {
  constructor(
    private readonly handovers: HandoverService,
    private readonly identity: IdentityLoaders,
    private readonly cases: CasesService,
  ) {}

  @Mutation(() => AssessmentCaseEntity, {
    description:
      'Hands a decided case over (the coordinator). CLOSED closes it at once; other destinations need an agreed goal plan.',
  })
  handOverCase(
    @CurrentCaller() caller: Caller,
    @Args(
      'caseId',
      { description: 'The DECIDED case to hand over.', type: () => ID },
      new ParseUUIDPipe(),
    )
    caseId: string,
    @Args('input', {
      description:
        'Destination, receiving unit (none for CLOSED) and follow-up date (default 3 months on).',
    })
    input: HandOverCaseInput,
  ) {
    return this.handovers.handOver(caller, caseId, input);
  }

  @Query(() => HandoverSummaryPreview, {
    description:
      'The handover summary as handOverCase would send it to this destination, before it is sent (the coordinator; audited as a read, nothing sent). Refused like handOverCase: every destination but CLOSED needs an agreed goal plan.',
  })
  handoverSummaryPreview(
    @CurrentCaller() caller: Caller,
    @Args(
      'caseId',
      { description: 'The DECIDED case to hand over.', type: () => ID },
      new ParseUUIDPipe(),
    )
    caseId: string,
    @Args('destination', {
      description: 'Where the case would go.',
      type: () => HandoverDestination,
    })
    destination: HandoverDestination,
  ): Promise<HandoverSummaryPreview> {
    return this.handovers.previewSummary(caller, caseId, destination);
  }

  @Mutation(() => AssessmentCaseEntity, {
    description:
      'The receiving unit takes the case over; the case closes and its follow-up goes on.',
  })
  acknowledgeHandover(@CurrentCaller() caller: Caller, @Args() args: AcknowledgeHandoverArgs) {
    return this.handovers.acknowledge(caller, args.caseId, args.input ?? {});
  }

  @Mutation(() => AssessmentCaseEntity, {
    description: 'The receiving unit returns the handover (back to DECIDED).',
  })
  returnHandover(@CurrentCaller() caller: Caller, @Args() args: ReturnHandoverArgs) {
    return this.handovers.returnHandover(caller, args.caseId, args.reason);
  }

  @Mutation(() => FollowUpEntity, {
    description:
      'Records a follow-up (team or receiving unit); REASSESS opens a new assessment case.',
  })
  recordFollowUp(
    @CurrentCaller() caller: Caller,
    @Args(
      'caseId',
      { description: 'The handed-over case that is followed up.', type: () => ID },
      new ParseUUIDPipe(),
    )
    caseId: string,
    @Args('input', {
      description:
        'The result (CONTINUE, ADJUST_WITHIN_FRAME, END or REASSESS), a note and the next follow-up date; REASSESS opens a new referral.',
    })
    input: RecordFollowUpInput,
  ) {
    return this.handovers.recordFollowUp(caller, caseId, input);
  }

  @Query(() => [HandoverEntity], {
    description: 'Handed-over cases due for follow-up, for an assessment team or a receiving unit.',
  })
  followUps(@CurrentCaller() caller: Caller, @Args() args: FollowUpsArgs) {
    return this.handovers.followUps(caller, args);
  }

  @ResolveField(() => ServiceUnitEntity, { nullable: true, description: 'The receiving unit.' })
  receivingUnit(@Parent() handover: HandoverEntity, @CurrentCaller() caller: Caller) {
    if (!handover.receivingUnitId) return null;
    return this.identity.unit(caller, handover.receivingUnitId);
  }

  @ResolveField(() => StaffMemberEntity, { description: 'The coordinator who handed over.' })
  sender(@Parent() handover: HandoverEntity, @CurrentCaller() caller: Caller) {
    return this.identity.staff(caller, handover.sentBy);
  }

  @ResolveField(() => AssessmentCaseEntity, { description: 'The case.' })
  assessmentCase(@Parent() handover: HandoverEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, AssessmentCaseEntity | null>('caseById', async (ids) =>
        inKeyOrder(ids, await this.cases.casesByIds(ids), (c) => c.id),
      )
      .load(handover.caseId);
  }
}

@Resolver(() => AssessmentCaseEntity)
export class CaseHandoverResolver {
  constructor(private readonly service: HandoverService) {}

  @ResolveField(() => [HandoverEntity], { description: 'Handovers of the case, oldest first.' })
  handovers(@Parent() kase: AssessmentCaseEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, HandoverEntity[]>('caseHandovers', (ids) => this.service.handoversOf(ids))
      .load(kase.id);
  }

  @ResolveField(() => [FollowUpEntity], { description: 'Follow-ups after handover.' })
  followUps(@Parent() kase: AssessmentCaseEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, FollowUpEntity[]>('caseFollowUps', (ids) => this.service.followUpsOf(ids))
      .load(kase.id);
  }
}
