import { Module } from '@nestjs/common';
import { IdentityModule } from 'src/modules/identity/identity.module';
import { SettingsResolver } from 'src/modules/settings/settings.resolver';
import { SettingsService } from 'src/modules/settings/settings.service';

@Module({
  imports: [IdentityModule],
  providers: [SettingsService, SettingsResolver],
  exports: [SettingsService],
})
export class SettingsModule {}
