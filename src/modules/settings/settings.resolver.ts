import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Caller, CurrentCaller } from 'src/common/auth/caller';
import { IdentityLoaders } from 'src/modules/identity';
import { StaffMemberEntity } from 'src/modules/identity/model';
import { UpdateMunicipalitySettingsArgs } from 'src/modules/settings/dto/update-municipality-settings.input';
import { SettingsService } from 'src/modules/settings/settings.service';
import { MunicipalitySettingsView } from 'src/modules/settings/settings.types';

@Resolver(() => MunicipalitySettingsView)
export class SettingsResolver {
  constructor(
    private readonly settings: SettingsService,
    private readonly identity: IdentityLoaders,
  ) {}

  @Query(() => MunicipalitySettingsView, {
    description:
      'The municipality’s settings: defaults, overrides per district and their effective values (any signed-in staff member; no person data).',
  })
  municipalitySettings(@CurrentCaller() caller: Caller): Promise<MunicipalitySettingsView> {
    return this.settings.settings(caller);
  }

  @Mutation(() => MunicipalitySettingsView, {
    description:
      'Changes municipal defaults and district overrides (ADMIN only), based on `expectedVersion` (stale: CONFLICT / STALE_VERSION, nothing changed). Applies to cases opened after it; open cases keep their values.',
  })
  updateMunicipalitySettings(
    @CurrentCaller() caller: Caller,
    @Args() args: UpdateMunicipalitySettingsArgs,
  ): Promise<MunicipalitySettingsView> {
    return this.settings.update(caller, args);
  }

  @ResolveField(() => StaffMemberEntity, {
    nullable: true,
    description: 'Who changed the settings last; null while they are as the first start made them.',
  })
  updatedBy(@Parent() settings: MunicipalitySettingsView, @CurrentCaller() caller: Caller) {
    return settings.updatedById ? this.identity.staff(caller, settings.updatedById) : null;
  }
}
