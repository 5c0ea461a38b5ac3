import { ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsEmail, IsOptional, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../common/page';
import { Text, VersionField } from '../validation/decorators';
import { AcademicYearField, SchoolCode } from '../validation/list-decorators';

export class CreateTeachingGroupDto {
  @SchoolCode() school!: string;

  @Matches(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$/, {
    message: 'must be a short code of letters, digits and . _ / - (at most 40)',
  })
  code!: string;

  @Text(200, 'e.g. MECH1 tutorial group A') name!: string;
  @AcademicYearField() academicYear!: string;
}

export class UpdateTeachingGroupDto extends PartialType(OmitType(CreateTeachingGroupDto, ['academicYear'])) {
  @VersionField() version!: number;
}

export class ListTeachingGroupsQuery extends PageQuery {
  @SchoolCode(false) school?: string;
  @AcademicYearField(false) academicYear?: string;
}

export class AppointRepresentativeDto {
  @Text(200, "The student's id: the `sub` of their token") studentId!: string;
  @Text(200) name!: string;

  @IsOptional()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(320, { message: 'must be at most 320 characters' })
  @ApiPropertyOptional({ type: 'string', example: 'a.student@leeds.example' })
  email?: string | null;
}

export class RepresentativesQuery {
  @SchoolCode(false) school?: string;
  @AcademicYearField(false) academicYear?: string;
}
