import { Injectable } from '@nestjs/common';
import { assertVersion, OrgScope, TransactionContext } from '@parvis/api/core';
import type { PostSettingsDto, UpdatePostSettingsDto } from '../dto/post-settings.dto';
import { PostsRepositories } from '../repositories/posts-repositories';

/** The organisation's publishing preferences (UTM tagging); absent until first changed. */
@Injectable()
export class PostSettingsService {
  constructor(
    private readonly repositories: PostsRepositories,
    private readonly transactions: TransactionContext,
  ) {}

  async get(scope: OrgScope): Promise<PostSettingsDto> {
    const row = await this.repositories.forOrg(scope).settings.current();
    return { version: row?.version ?? 0, utmTagging: row?.utmTagging ?? false };
  }

  async update(scope: OrgScope, body: UpdatePostSettingsDto, ifMatch?: number): Promise<PostSettingsDto> {
    await this.transactions.run(async () => {
      const repos = this.repositories.forOrg(scope);
      // The organisation's row serialises the first creation of its settings row.
      await this.transactions.manager.query('SELECT 1 FROM organization WHERE id = $1 FOR UPDATE', [scope.organizationId]);
      const row = await repos.settings.current();
      await assertVersion(ifMatch, row?.version ?? 0, () => this.get(scope));
      if (!row) await repos.settings.insert({ utmTagging: body.utmTagging ?? false });
      else if (body.utmTagging !== undefined) await repos.settings.update(row.id, { utmTagging: body.utmTagging });
    });
    return this.get(scope);
  }
}
