import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { AcceptsIfMatch, CurrentOrg, CursorQueryDto, IfMatch, OrgParamsDto, OrgScope, RequirePermission, VersionedResource } from '@parvis/api/core';
import { MediaDto, MediaPageDto, MediaParamsDto, UpdateMediaDto, UploadMediaFieldsDto } from '../dto/media.dto';
import { MediaService, type UploadedFile as Upload } from '../media/media.service';

@ApiTags('media')
@VersionedResource()
@Controller('orgs/:orgId')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  /** The type is sniffed from the bytes; images are re-encoded without their metadata. 413 over the size limit or the quota. */
  @Post('media')
  @RequirePermission('post.draft')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' }, altText: { type: 'string', maxLength: 5000 } },
    },
  })
  @ApiCreatedResponse({ type: MediaDto })
  upload(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @UploadedFile() file: Upload | undefined, @Body() fields: UploadMediaFieldsDto): Promise<MediaDto> {
    return this.media.upload(org, file, fields.altText);
  }

  /** Newest first, at most `limit` (100) a page. */
  @Get('media')
  @RequirePermission('calendar.read')
  @ApiOkResponse({ type: MediaPageDto })
  list(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @Query() query: CursorQueryDto): Promise<MediaPageDto> {
    return this.media.page(org, query.limit, query.cursor);
  }

  @Get('media/:mediaId')
  @RequirePermission('calendar.read')
  @ApiOkResponse({ type: MediaDto })
  get(@Param() p: MediaParamsDto, @CurrentOrg() org: OrgScope): Promise<MediaDto> {
    return this.media.get(org, p.mediaId);
  }

  /** The stored bytes, for members only (never a public URL). */
  @Get('media/:mediaId/file')
  @RequirePermission('calendar.read')
  @ApiProduces('image/jpeg', 'image/png', 'image/webp', 'image/gif', 'video/mp4')
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  async file(@Param() p: MediaParamsDto, @CurrentOrg() org: OrgScope, @Res() res: Response): Promise<void> {
    const file = await this.media.file(org, p.mediaId);
    res.setHeader('Content-Type', file.mime);
    res.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    res.setHeader('Cache-Control', 'private, max-age=3600');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(file.bytes);
  }

  @Patch('media/:mediaId')
  @RequirePermission('post.draft')
  @ApiOkResponse({ type: MediaDto })
  @AcceptsIfMatch()
  update(@Param() p: MediaParamsDto, @CurrentOrg() org: OrgScope, @Body() body: UpdateMediaDto, @IfMatch() ifMatch: number | undefined): Promise<MediaDto> {
    return this.media.update(org, p.mediaId, body, ifMatch);
  }

  /** 409 MEDIA_IN_USE (details.posts) while a post uses it. */
  @Delete('media/:mediaId')
  @RequirePermission('post.draft')
  @HttpCode(204)
  @ApiNoContentResponse()
  @AcceptsIfMatch()
  remove(@Param() p: MediaParamsDto, @CurrentOrg() org: OrgScope, @IfMatch() ifMatch: number | undefined): Promise<void> {
    return this.media.remove(org, p.mediaId, ifMatch);
  }
}
