import { Body, Controller, Get, HttpCode, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public, RateLimitBucket, RateLimitedAs, RateLimitGuard } from '@parvis/api/core';
import { ExternalDecisionDto, ExternalDecisionResultDto, ExternalMediaParamsDto, ExternalReviewPageDto, ExternalTokenParamsDto } from './external-review.dto';
import { ExternalReviewPublicService } from './external-review-public.service';

/**
 * Reached through an external approver's link: no account, rate-limited per client address in a bucket
 * of its own (EXTERNAL_REVIEW_RATE_LIMIT_PER_MINUTE, never the login's). Expired,
 * used, revoked or voided links answer 410 with their code; an unknown or tampered token 404.
 */
@ApiTags('external-reviews')
@Public()
@UseGuards(RateLimitGuard)
@RateLimitedAs(RateLimitBucket.ExternalReview)
@Controller('external-reviews/:token')
export class ExternalReviewPublicController {
  constructor(private readonly external: ExternalReviewPublicService) {}

  @Get()
  @ApiOkResponse({ type: ExternalReviewPageDto })
  page(@Param() p: ExternalTokenParamsDto): Promise<ExternalReviewPageDto> {
    return this.external.page(p.token);
  }

  @Get('media/:mediaId')
  @ApiProduces('image/jpeg', 'image/png', 'image/webp', 'image/gif', 'video/mp4')
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  async media(@Param() p: ExternalMediaParamsDto, @Res() res: Response): Promise<void> {
    const file = await this.external.mediaFile(p.token, p.mediaId);
    res.setHeader('Content-Type', file.mime);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(file.bytes);
  }

  /** Approve, or request changes (comment required); the name and e-mail given are recorded with the client address. */
  @Post('decision')
  @HttpCode(200)
  @ApiOkResponse({ type: ExternalDecisionResultDto })
  decide(@Param() p: ExternalTokenParamsDto, @Body() body: ExternalDecisionDto, @Req() req: Request): Promise<ExternalDecisionResultDto> {
    // req.ip is the client as TRUST_PROXY allows to know it (the TCP peer without a trusted proxy).
    return this.external.decide(p.token, body, req.ip ?? 'unknown');
  }
}
