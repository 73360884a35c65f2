import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller, CurrentCaller } from 'src/common/auth/caller';
import {
  RecordCallbackArgs,
  ResolveReferralDirectlyArgs,
  ScheduleCallbackArgs,
} from 'src/modules/referrals/dto/single-entry.input';
import { ReferralCallbackEntity } from 'src/modules/referrals/referral-callback.entity';
import { ReferralEntity } from 'src/modules/referrals/referral.entity';
import { ReferralStatus } from 'src/modules/referrals/referral.enums';
import { SingleEntryService } from 'src/modules/referrals/single-entry.service';
import { DirectResolution } from 'src/modules/referrals/single-entry.types';

/** One entry (Billund): resolving at first contact, and callbacks. */
@Resolver(() => ReferralEntity)
export class SingleEntryResolver {
  constructor(private readonly service: SingleEntryService) {}

  @Mutation(() => ReferralEntity, {
    description:
      'Closes an inquiry resolved at first contact, without opening a case: status RESOLVED_DIRECTLY (CASEWORKER or COORDINATOR of the receiving team; setting singleEntry). Keeps a promised callback.',
  })
  resolveReferralDirectly(
    @CurrentCaller() caller: Caller,
    @Args() args: ResolveReferralDirectlyArgs,
  ): Promise<ReferralEntity> {
    return this.service.resolveDirectly(caller, args);
  }

  @Mutation(() => ReferralEntity, {
    description:
      'Promises to call the person back by a due time, while the team discusses the inquiry (CASEWORKER or COORDINATOR of the receiving team; setting singleEntry). A new due time replaces one not yet kept.',
  })
  scheduleCallback(
    @CurrentCaller() caller: Caller,
    @Args() args: ScheduleCallbackArgs,
  ): Promise<ReferralEntity> {
    return this.service.scheduleCallback(caller, args);
  }

  @Mutation(() => ReferralEntity, {
    description:
      'Records that the promised call back was made, with what was said (CASEWORKER or COORDINATOR of the receiving team; setting singleEntry).',
  })
  recordCallback(
    @CurrentCaller() caller: Caller,
    @Args() args: RecordCallbackArgs,
  ): Promise<ReferralEntity> {
    return this.service.recordCallback(caller, args);
  }

  @ResolveField(() => ReferralCallbackEntity, {
    nullable: true,
    description:
      'The callback in force: the one not yet kept, else the last one kept; empty when none was promised.',
  })
  callback(
    @Parent() referral: ReferralEntity,
    @CurrentCaller() caller: Caller,
  ): Promise<ReferralCallbackEntity | null> {
    return this.service.currentCallback(caller, referral.id);
  }

  @ResolveField(() => [ReferralCallbackEntity], {
    description: 'Every callback promised, oldest first, including those moved to a new time.',
  })
  callbacks(
    @Parent() referral: ReferralEntity,
    @CurrentCaller() caller: Caller,
  ): Promise<ReferralCallbackEntity[]> {
    return this.service.callbacksOf(caller, referral.id);
  }

  @ResolveField(() => DirectResolution, {
    nullable: true,
    description: 'How it was resolved at first contact; empty unless RESOLVED_DIRECTLY.',
  })
  directResolution(@Parent() referral: ReferralEntity): DirectResolution | null {
    if (
      referral.status !== ReferralStatus.RESOLVED_DIRECTLY ||
      !referral.directOutcome ||
      referral.directNote === null ||
      !referral.triagedAt ||
      !referral.triagedBy
    )
      return null;
    return {
      outcome: referral.directOutcome,
      note: referral.directNote,
      resolvedAt: referral.triagedAt,
      resolvedBy: referral.triagedBy,
    };
  }
}

@Resolver(() => ReferralCallbackEntity)
export class ReferralCallbackResolver {
  constructor(private readonly service: SingleEntryService) {}

  @ResolveField(() => Boolean, {
    description: 'Not kept yet (and not moved to a new time).',
  })
  open(@Parent() callback: ReferralCallbackEntity): boolean {
    return callback.keptAt === null && callback.replacedAt === null;
  }

  @ResolveField(() => Boolean, { description: 'Not kept, and past its due time.' })
  overdue(@Parent() callback: ReferralCallbackEntity): boolean {
    return this.service.overdue(callback);
  }

  @ResolveField(() => Boolean, {
    description: 'Not kept, not overdue, and due by the end of today (municipal time).',
  })
  dueToday(@Parent() callback: ReferralCallbackEntity): boolean {
    return this.service.dueToday(callback);
  }

  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Kept at or before its due time; empty while not kept.',
  })
  keptOnTime(@Parent() callback: ReferralCallbackEntity): boolean | null {
    return this.service.keptOnTime(callback);
  }
}
