import { TimcError } from '../errors.js';
import { resolveIdentity } from '../model/identity.js';
import type { Member, Settings } from '../model/types.js';
import type { MembersFile } from '../store/members.js';
import { findRepositoryRoot } from '../store/repository.js';
import { Output } from './output.js';

/** The options every command takes (see `timc --help`). */
export interface GlobalOptions {
  repo?: string;
  as?: string;
  /** false with --no-commit. */
  commit?: boolean;
  json?: boolean;
  color?: boolean;
  quiet?: boolean;
}

/**
 * What a command needs from its surroundings, loaded on first use so that a command reads only
 * what it uses.
 */
export class CommandContext {
  readonly output: Output;
  private cachedRoot?: string;
  private cachedSettings?: Promise<Settings>;
  private cachedMembers?: Promise<MembersFile>;
  private cachedMemberList?: Promise<Member[]>;

  constructor(
    readonly options: GlobalOptions,
    readonly cwd: string = process.cwd(),
    readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.output = new Output(options, process.stdout, process.stderr, env);
  }

  get root(): string {
    this.cachedRoot ??= findRepositoryRoot(this.cwd, this.options.repo);
    return this.cachedRoot;
  }

  settings(): Promise<Settings> {
    const root = this.root;
    this.cachedSettings ??= import('../store/settings.js').then((store) =>
      store.readSettings(root),
    );
    return this.cachedSettings;
  }

  /** members.yaml parsed for editing (the YAML library loads only for this). */
  membersFile(): Promise<MembersFile> {
    const root = this.root;
    this.cachedMembers ??= import('../store/members.js').then((store) => store.readMembers(root));
    return this.cachedMembers;
  }

  async members(): Promise<Member[]> {
    if (this.cachedMembers) return (await this.cachedMembers).members;
    const root = this.root;
    this.cachedMemberList ??= import('../store/members.js').then((store) =>
      store.readMemberList(root),
    );
    return this.cachedMemberList;
  }

  async findMember(id: string): Promise<Member> {
    const member = (await this.members()).find((candidate) => candidate.id === id);
    if (!member) {
      throw new TimcError(`no member '${id}' in members.yaml (see \`timc member list\`)`);
    }
    return member;
  }

  /** The person at the keyboard: --as, then TIMC_MEMBER, then git's user.email. */
  async currentMember(): Promise<Member> {
    const members = await this.members();
    const asId = this.options.as;
    const envMember = this.env.TIMC_MEMBER || undefined;
    const gitEmail = asId || envMember ? undefined : await this.gitEmail();

    const result = resolveIdentity({ asId, envMember, gitEmail }, members);
    if ('problem' in result) throw new TimcError(result.problem);
    return result.member;
  }

  /** The person at the keyboard when known; undefined instead of an error. */
  async currentMemberIfKnown(): Promise<Member | undefined> {
    try {
      return await this.currentMember();
    } catch (error) {
      if (error instanceof TimcError) return undefined;
      throw error;
    }
  }

  private async gitEmail(): Promise<string | undefined> {
    const { readGitEmail } = await import('../git/git.js');
    return readGitEmail(this.root);
  }

  /** Whether changes are committed: not with --no-commit, nor with `commit: false`. */
  async commitEnabled(): Promise<boolean> {
    if (this.options.commit === false) return false;
    return (await this.settings()).commit !== false;
  }
}
