import { Module } from '@nestjs/common';
import {
  AdjustedServicesResolver,
  AdjustmentReviewsResolver,
  AdjustmentsResolver,
} from 'src/modules/adjustments/adjustments.resolver';
import { AdjustmentsService } from 'src/modules/adjustments/adjustments.service';
import { CasesModule } from 'src/modules/cases/cases.module';
import { IdentityModule } from 'src/modules/identity/identity.module';
import { SettingsModule } from 'src/modules/settings/settings.module';

@Module({
  imports: [IdentityModule, CasesModule, SettingsModule],
  providers: [
    AdjustmentsService,
    AdjustmentsResolver,
    AdjustmentReviewsResolver,
    AdjustedServicesResolver,
  ],
  exports: [AdjustmentsService],
})
export class AdjustmentsModule {}
