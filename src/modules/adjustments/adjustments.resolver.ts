import { Args, Float, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller, CurrentCaller } from 'src/common/auth/caller';
import { inKeyOrder } from 'src/common/graphql/loaders';
import { AdjustmentVerdict } from 'src/modules/adjustments/adjustment.enums';
import { DelegatedFrame } from 'src/modules/adjustments/adjustment.types';
import { AdjustmentsService } from 'src/modules/adjustments/adjustments.service';
import {
  AdjustServiceTimeArgs,
  ConfirmServiceAdjustmentArgs,
  ReverseServiceAdjustmentArgs,
  ServiceAdjustmentsForReviewArgs,
} from 'src/modules/adjustments/dto/adjustment.args';
import {
  ServiceAdjustmentEntity,
  ServiceAdjustmentReviewEntity,
} from 'src/modules/adjustments/service-adjustment.entity';
import { CasesService } from 'src/modules/cases';
import { AssessmentCaseEntity } from 'src/modules/cases/model';
import { DecisionServiceEntity, decisionServicesByIds } from 'src/modules/decisions/model';
import { IdentityLoaders } from 'src/modules/identity';
import { StaffMemberEntity } from 'src/modules/identity/model';
import { DataSource } from 'typeorm';

type Standing = Awaited<ReturnType<AdjustmentsService['standingOf']>>[number];

@Resolver(() => ServiceAdjustmentEntity)
export class AdjustmentsResolver {
  constructor(
    private readonly adjustments: AdjustmentsService,
    private readonly cases: CasesService,
    private readonly identity: IdentityLoaders,
    private readonly dataSource: DataSource,
  ) {}

  @Mutation(() => ServiceAdjustmentEntity, {
    description:
      "Staff of the receiving unit, after acknowledging the handover, move a decided service's weekly time within the delegated frame (Kolding) without a new decision, while the service is in force. The move goes to the team caseworkers' weekly review.",
  })
  adjustServiceTime(
    @CurrentCaller() caller: Caller,
    @Args() args: AdjustServiceTimeArgs,
  ): Promise<ServiceAdjustmentEntity> {
    return this.adjustments.adjust(caller, args);
  }

  @Mutation(() => ServiceAdjustmentEntity, {
    description:
      "A CASEWORKER of the case confirms an adjustment in the weekly review: it stands, on the caseworker's responsibility.",
  })
  confirmServiceAdjustment(
    @CurrentCaller() caller: Caller,
    @Args() args: ConfirmServiceAdjustmentArgs,
  ): Promise<ServiceAdjustmentEntity> {
    return this.adjustments.review(
      caller,
      args.adjustmentId,
      AdjustmentVerdict.CONFIRMED,
      args.reason ?? null,
    );
  }

  @Mutation(() => ServiceAdjustmentEntity, {
    description:
      "A CASEWORKER of the case reverses an adjustment with a reason: the time before it is in force again, and the case's journal tells the receiving unit. Only the newest adjustment of a service still standing can be reversed.",
  })
  reverseServiceAdjustment(
    @CurrentCaller() caller: Caller,
    @Args() args: ReverseServiceAdjustmentArgs,
  ): Promise<ServiceAdjustmentEntity> {
    return this.adjustments.review(
      caller,
      args.adjustmentId,
      AdjustmentVerdict.REVERSED,
      args.reason,
    );
  }

  @Query(() => [ServiceAdjustmentEntity], {
    description:
      "The team caseworkers' weekly review: adjustments of the team's cases made in the ISO week (municipal time), oldest first, pending and reviewed.",
  })
  serviceAdjustmentsForReview(
    @CurrentCaller() caller: Caller,
    @Args() args: ServiceAdjustmentsForReviewArgs,
  ): Promise<ServiceAdjustmentEntity[]> {
    return this.adjustments.forReview(caller, args);
  }

  @ResolveField(() => ServiceAdjustmentReviewEntity, {
    nullable: true,
    description: "The caseworker's confirmation or reversal; null while pending.",
  })
  review(@Parent() adjustment: ServiceAdjustmentEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, ServiceAdjustmentReviewEntity | null>('adjustmentReview', async (ids) =>
        inKeyOrder(
          ids,
          await this.adjustments.reviewsOf(this.dataSource.manager, ids),
          (r) => r.adjustmentId,
        ),
      )
      .load(adjustment.id);
  }

  @ResolveField(() => StaffMemberEntity, { description: 'Who adjusted the time.' })
  adjustedBy(@Parent() adjustment: ServiceAdjustmentEntity, @CurrentCaller() caller: Caller) {
    return this.identity.staff(caller, adjustment.adjustedById);
  }

  @ResolveField(() => DecisionServiceEntity, { description: 'The decided service adjusted.' })
  service(@Parent() adjustment: ServiceAdjustmentEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, DecisionServiceEntity | null>('adjustedService', async (ids) =>
        inKeyOrder(ids, await decisionServicesByIds(this.dataSource.manager, ids), (s) => s.id),
      )
      .load(adjustment.decisionServiceId);
  }

  @ResolveField(() => AssessmentCaseEntity, {
    description: 'The case (its person) the adjustment belongs to.',
  })
  assessmentCase(@Parent() adjustment: ServiceAdjustmentEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, AssessmentCaseEntity | null>('adjustmentCase', async (ids) =>
        inKeyOrder(ids, await this.cases.casesByIds(ids), (c) => c.id),
      )
      .load(adjustment.caseId);
  }
}

@Resolver(() => ServiceAdjustmentReviewEntity)
export class AdjustmentReviewsResolver {
  constructor(private readonly identity: IdentityLoaders) {}

  @ResolveField(() => StaffMemberEntity, { description: 'The caseworker who reviewed it.' })
  reviewedBy(@Parent() review: ServiceAdjustmentReviewEntity, @CurrentCaller() caller: Caller) {
    return this.identity.staff(caller, review.reviewedById);
  }
}

/** A decided service's time in force, its adjustments and its delegated frame. */
@Resolver(() => DecisionServiceEntity)
export class AdjustedServicesResolver {
  constructor(
    private readonly service: AdjustmentsService,
    private readonly dataSource: DataSource,
  ) {}

  private standing(caller: Caller, id: string): Promise<Standing> {
    return caller.loaders
      .get<string, Standing>('serviceStanding', (ids) => this.service.standingOf(ids))
      .load(id);
  }

  @ResolveField(() => String, {
    description: "The service's name in the municipality's language (the catalogue's).",
  })
  async serviceName(@Parent() service: DecisionServiceEntity): Promise<string> {
    return this.service.serviceNameOf(service);
  }

  @ResolveField(() => Float, {
    nullable: true,
    description:
      'The weekly time in force, in hours: the newest adjustment not reversed (confirmed or pending), else the decided time (`weeklyHours`); null for a service without weekly time.',
  })
  async timeInForce(
    @Parent() service: DecisionServiceEntity,
    @CurrentCaller() caller: Caller,
  ): Promise<number | null> {
    return (await this.standing(caller, service.id)).timeInForce;
  }

  @ResolveField(() => DelegatedFrame, {
    nullable: true,
    description:
      "The frame the receiving unit may adjust the weekly time in, by the case's settings; null when the case has no delegated adjustment or the service has no weekly time.",
  })
  async delegatedFrame(
    @Parent() service: DecisionServiceEntity,
    @CurrentCaller() caller: Caller,
  ): Promise<DelegatedFrame | null> {
    return (await this.standing(caller, service.id)).frame;
  }

  @ResolveField(() => [ServiceAdjustmentEntity], {
    description: "The receiving unit's adjustments of the weekly time, oldest first.",
  })
  adjustments(@Parent() service: DecisionServiceEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, ServiceAdjustmentEntity[]>('serviceAdjustments', (ids) =>
        this.service.adjustmentsOfServices(this.dataSource.manager, ids),
      )
      .load(service.id);
  }
}
