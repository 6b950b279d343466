import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ExportQueryDto {
  @ApiProperty({ example: '2026-01-01' }) @IsString() @Matches(LOCAL_DATE, { message: 'from must be a date YYYY-MM-DD' }) from!: string;
  @ApiProperty({ example: '2026-12-31', description: 'At most 366 days after from' })
  @IsString() @Matches(LOCAL_DATE, { message: 'to must be a date YYYY-MM-DD' }) to!: string;
}

export class ImportBriefsDto {
  @ApiProperty({ description: 'The CSV text (columns: titre;date;heure;thème;campagne;publics;canaux;rédaction;statut;texte)', maxLength: 900_000 })
  @IsString()
  @Length(1, 900_000)
  csv!: string;
}

export class ImportResultDto {
  @ApiProperty() created!: number;
}

export class CalendarFeedUrlDto {
  @ApiProperty({ description: 'Secret subscription URL, shown once' }) url!: string;
}

export class CalendarFeedStatusDto {
  @ApiProperty() active!: boolean;
}
