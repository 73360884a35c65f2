import { Field, Float, ObjectType } from '@nestjs/graphql';
import { DelegatedFrameKindEnum } from 'src/modules/settings/model';
import type { DelegatedFrameKind } from 'src/modules/settings/model';

/** The frame a decided service's weekly time may move in now, without a new decision. */
@ObjectType('DelegatedFrame', {
  description:
    "How far the receiving unit may move a decided service's weekly time without a new decision: the case's setting, measured from the decided time.",
})
export class DelegatedFrame {
  @Field(() => DelegatedFrameKindEnum, {
    description: 'Whether the frame is a percentage of the decided time or hours a week.',
  })
  kind: DelegatedFrameKind;

  @Field(() => Float, { description: 'The setting: percent, or hours a week, up and down.' })
  value: number;

  @Field(() => Float, {
    description:
      'The frame in hours a week, up and down: the setting’s, or the decision’s own for this service where it is narrower.',
  })
  limitHours: number;

  @Field(() => Float, { description: 'The lowest weekly time allowed, in hours.' })
  minHours: number;

  @Field(() => Float, { description: 'The highest weekly time allowed, in hours.' })
  maxHours: number;
}
