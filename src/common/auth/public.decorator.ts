import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'kartlegg:isPublic';

/** Opens an endpoint to callers without a token. Never on anything holding person data. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
