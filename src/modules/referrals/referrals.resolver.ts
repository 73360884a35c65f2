import { ParseUUIDPipe } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller, CurrentCaller } from 'src/common/auth/caller';
import { connectionType } from 'src/common/graphql/pagination';
import { OperationEnum } from 'src/modules/access/model';
import { AssessmentCaseEntity } from 'src/modules/cases/model';
import { IdentityLoaders } from 'src/modules/identity';
import { AssessmentTeamEntity, PatientEntity } from 'src/modules/identity/model';
import {
  AcceptReferralInput,
  RedirectReferralInput,
  ReferralsArgs,
  RegisterReferralInput,
  RejectReferralInput,
} from 'src/modules/referrals/dto/referral.input';
import { ReferralEntity } from 'src/modules/referrals/referral.entity';
import { ReferralsService } from 'src/modules/referrals/referrals.service';
import { SingleEntryService } from 'src/modules/referrals/single-entry.service';

export const ReferralConnection = connectionType(ReferralEntity, 'Referral');

@Resolver(() => ReferralEntity)
export class ReferralsResolver {
  constructor(
    private readonly service: ReferralsService,
    private readonly identity: IdentityLoaders,
    private readonly singleEntry: SingleEntryService,
  ) {}

  @Query(() => ReferralEntity, { description: 'One referral, if you may see it.' })
  referral(
    @CurrentCaller() caller: Caller,
    @Args(
      'id',
      { description: 'The referral (henvendelse) to read.', type: () => ID },
      new ParseUUIDPipe(),
    )
    id: string,
  ) {
    return this.service.getReferral(caller, id);
  }

  @Query(() => ReferralConnection, {
    description: 'Referrals you may see: URGENT first, then oldest first.',
  })
  referrals(@CurrentCaller() caller: Caller, @Args() args: ReferralsArgs) {
    return this.service.listReferrals(caller, args);
  }

  @Mutation(() => ReferralEntity, {
    description:
      "Registers an inquiry (CASEWORKER or COORDINATOR of a team in the person's district). A person with an open case: it joins that case.",
  })
  registerReferral(
    @CurrentCaller() caller: Caller,
    @Args('input', {
      description:
        'The inquiry or application: the person, source, channel, urgency, the help asked for and optionally its staircase level.',
    })
    input: RegisterReferralInput,
  ) {
    return this.service.register(caller, input);
  }

  @Mutation(() => AssessmentCaseEntity, {
    description:
      'Accepts a referral and opens an assessment case (CASEWORKER or COORDINATOR of the receiving team).',
  })
  acceptReferral(
    @CurrentCaller() caller: Caller,
    @Args(
      'referralId',
      { description: 'The referral in status RECEIVED to accept.', type: () => ID },
      new ParseUUIDPipe(),
    )
    referralId: string,
    @Args('input', {
      description:
        'Optional settings of the new case, such as its coordinator; left out, the defaults apply.',
      nullable: true,
      type: () => AcceptReferralInput,
    })
    input?: AcceptReferralInput,
  ) {
    return this.service.accept(caller, referralId, input ?? {});
  }

  @Mutation(() => ReferralEntity, { description: 'Rejects a referral, with a reason.' })
  rejectReferral(
    @CurrentCaller() caller: Caller,
    @Args(
      'referralId',
      { description: 'The referral in status RECEIVED to reject.', type: () => ID },
      new ParseUUIDPipe(),
    )
    referralId: string,
    @Args('input', { description: 'Why the referral is rejected.' }) input: RejectReferralInput,
  ) {
    return this.service.reject(caller, referralId, input);
  }

  @Mutation(() => ReferralEntity, {
    description: 'Sends a referral on to another service, with a reason.',
  })
  redirectReferral(
    @CurrentCaller() caller: Caller,
    @Args(
      'referralId',
      { description: 'The referral in status RECEIVED to send on.', type: () => ID },
      new ParseUUIDPipe(),
    )
    referralId: string,
    @Args('input', { description: 'To whom the referral is sent on, and why.' })
    input: RedirectReferralInput,
  ) {
    return this.service.redirect(caller, referralId, input);
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'URGENT only: end of the local day after arrival.',
  })
  triageDeadline(@Parent() referral: ReferralEntity): Date | null {
    return this.service.triageDeadline(referral);
  }

  @ResolveField(() => Boolean, {
    description: 'An URGENT referral still not triaged after its triage deadline.',
  })
  triageOverdue(@Parent() referral: ReferralEntity): boolean {
    return this.service.triageOverdue(referral);
  }

  @ResolveField(() => PatientEntity, {
    nullable: true,
    description:
      'The person, if you may see them. Null for a person registered in another district (a referral taken in by national identity number) until the receiving team accepts the referral.',
  })
  patient(@Parent() referral: ReferralEntity, @CurrentCaller() caller: Caller) {
    return this.identity.referralPatient(caller, referral.patientId);
  }

  @ResolveField(() => ID, {
    name: 'patientId',
    nullable: true,
    description: 'The person the referral is about; null exactly when `patient` is.',
  })
  async patientIdField(
    @Parent() referral: ReferralEntity,
    @CurrentCaller() caller: Caller,
  ): Promise<string | null> {
    return (await this.identity.referralPatient(caller, referral.patientId))?.id ?? null;
  }

  @ResolveField(() => [OperationEnum], {
    description:
      'What you may do with this referral now: accept, reject or redirect it while it awaits triage; where one entry is on, also resolve it directly, promise a callback and record the call.',
  })
  async viewerCan(@Parent() referral: ReferralEntity, @CurrentCaller() caller: Caller) {
    return [
      ...this.service.viewerCan(caller, referral),
      ...(await this.singleEntry.viewerCan(caller, referral)),
    ];
  }

  @ResolveField(() => AssessmentTeamEntity, { description: 'The receiving team.' })
  team(@Parent() referral: ReferralEntity, @CurrentCaller() caller: Caller) {
    return this.identity.team(caller, referral.teamId);
  }
}

@Resolver(() => AssessmentCaseEntity)
export class CaseReferralsResolver {
  constructor(private readonly service: ReferralsService) {}

  @ResolveField(() => [ReferralEntity], {
    description: 'Referrals that opened or joined the case.',
  })
  referrals(@Parent() kase: AssessmentCaseEntity, @CurrentCaller() caller: Caller) {
    return caller.loaders
      .get<string, ReferralEntity[]>('caseReferrals', (ids) => this.service.referralsOfCases(ids))
      .load(kase.id);
  }
}
