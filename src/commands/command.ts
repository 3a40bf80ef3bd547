import * as vscode from 'vscode';
import type * as z from 'zod';
import type { CommandId } from '../core/commandIds';
import type { Services } from '../services';
import { GrowthWriteError, reportWriteError } from '../workspace/growthFiles';

/** One argument a command takes: what a message calls it when it is wrong, and the shape it must have. */
export interface CommandArgument<T> {
  readonly name: string;
  readonly schema: z.ZodType<T>;
}

type ArgumentValues<A extends readonly CommandArgument<unknown>[]> = {
  -readonly [K in keyof A]: A[K] extends CommandArgument<infer T> ? T : never;
};

/** One command, as `registerCommands` takes it: its id (from the table of ids, as in package.json) and what it does. */
export interface DevGrowthCommand {
  readonly id: CommandId;
  /** Checks what VS Code passed (a menu's row, another command's prefill, a keybinding's `args`) and runs. */
  run(services: Services, args: readonly unknown[]): unknown;
}

/**
 * Defines a command: one file per command, one definition each. `arguments` says what it takes
 * by position; each is checked before `run`, which gets them typed. Arguments past the last are
 * not passed on (a tree's context menu adds the selected rows, which no command reads).
 */
export function defineCommand<const A extends readonly CommandArgument<unknown>[] = []>(definition: {
  readonly id: CommandId;
  readonly arguments?: A;
  run(services: Services, ...args: ArgumentValues<A>): unknown;
}): DevGrowthCommand {
  const specs: readonly CommandArgument<unknown>[] = definition.arguments ?? [];
  return {
    id: definition.id,
    run(services, args) {
      const given = specs.map((spec, position) => {
        const result = spec.schema.safeParse(args[position]);
        if (!result.success) throw new CommandArgumentError(definition.id, spec.name, result.error.issues);
        return args[position];
      });
      // The values as given, not zod's copies: a tree row stays the object its view knows.
      return definition.run(services, ...(given as ArgumentValues<A>));
    },
  };
}

/** A command was run with an argument of the wrong shape: which command, which argument, what is wrong. */
export class CommandArgumentError extends Error {
  constructor(id: CommandId, argument: string, issues: readonly z.core.$ZodIssue[]) {
    const problems = issues.map((issue) => `${[argument, ...issue.path.map(String)].join('.')}: ${issue.message}`).join('; ');
    super(
      vscode.l10n.t(
        'The command {0} was given a {1} it cannot use ({2}). Run it from the Command Palette or a DevGrowth view, or correct the arguments in the keybinding or extension that runs it.',
        id,
        argument,
        problems,
      ),
    );
    this.name = 'CommandArgumentError';
  }
}

/**
 * Registers commands with one error policy: a write that could not be made, or arguments a
 * command cannot use, show their own message (it says what happened and what to do); anything
 * unexpected is logged and shown.
 */
export function registerCommands(services: Services, commands: readonly DevGrowthCommand[]): vscode.Disposable {
  return vscode.Disposable.from(
    ...commands.map((command) =>
      vscode.commands.registerCommand(command.id, async (...args: unknown[]) => {
        try {
          return await command.run(services, args);
        } catch (error) {
          if (error instanceof GrowthWriteError) {
            void reportWriteError(error);
          } else if (error instanceof CommandArgumentError) {
            services.output.warn(error.message);
            void vscode.window.showErrorMessage(vscode.l10n.t('DevGrowth: {0}', error.message));
          } else {
            services.output.error(`${command.id} failed`, error);
            void vscode.window.showErrorMessage(
              vscode.l10n.t('DevGrowth: {0}. Details are in the DevGrowth output.', error instanceof Error ? error.message : String(error)),
            );
          }
          return undefined;
        }
      }),
    ),
  );
}
