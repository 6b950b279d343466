import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentOrg, OrgParamsDto, OrgScope, RequirePermission } from '@parvis/api/core';
import { CreateLinkPreviewDto, LinkPreviewDto } from '../dto/link-preview.dto';
import { LinkPreviewService } from '../link-previews/link-preview.service';

@ApiTags('posts')
@Controller('orgs/:orgId')
export class LinkPreviewsController {
  constructor(private readonly previews: LinkPreviewService) {}

  /** 400 LINK_PREVIEW_REFUSED for private or loopback targets; 422/502 LINK_PREVIEW_FAILED when the page cannot be read. */
  @Post('link-previews')
  @RequirePermission('post.draft')
  @HttpCode(200)
  @ApiOkResponse({ type: LinkPreviewDto })
  preview(@Param() _p: OrgParamsDto, @CurrentOrg() org: OrgScope, @Body() body: CreateLinkPreviewDto): Promise<LinkPreviewDto> {
    return this.previews.preview(org, body.url);
  }
}
