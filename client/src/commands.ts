import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  type CorrectionResult,
  EntityListRequest,
  type EntitySummary,
  IgnoreEntityRequest,
  MergeEntitiesRequest,
  ReindexRequest,
  type ReviewParams,
  ReviewRequest,
} from '../../server/src/protocol';
import { exportReport } from './exportReport';
import { entityCounts } from './views/entityText';

const TYPE_ICONS: Record<EntitySummary['type'], string> = {
  person: '$(person)',
  organization: '$(organization)',
  place: '$(location)',
  equipment: '$(tools)',
  quantity: '$(symbol-number)',
  date: '$(calendar)',
};

interface EntityPick extends vscode.QuickPickItem {
  entity: EntitySummary;
}

function toPick(e: EntitySummary): EntityPick {
  return {
    // Names come from articles: shown as labels (plain text), icons only from our own table.
    label: `${TYPE_ICONS[e.type]} ${e.name.replace(/\$\(/g, '$\u200b(')}`,
    description: entityCounts(e),
    detail: e.aliases.length ? `Also: ${e.aliases.slice(0, 8).join(', ')}` : undefined,
    entity: e,
  };
}

async function report(result: CorrectionResult): Promise<void> {
  if (result.ok) void vscode.window.showInformationMessage(result.message);
  else void vscode.window.showWarningMessage(result.message);
}

function requireTrust(): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage('Triangulate records corrections only in trusted workspaces.');
  return false;
}

/** Commands that need the running language server. */
export function registerClientCommands(getClient: () => LanguageClient | undefined): vscode.Disposable[] {
  const withClient = async <T>(run: (c: LanguageClient) => Promise<T>): Promise<T | undefined> => {
    const client = getClient();
    if (!client) {
      void vscode.window.showInformationMessage(
        'Triangulate is not running in this workspace. Run “Triangulate: Enable for This Workspace” first.',
      );
      return undefined;
    }
    return run(client);
  };
  return [
    vscode.commands.registerCommand('triangulate.exportReport', () => withClient(exportReport)),
    vscode.commands.registerCommand('triangulate.reindex', () =>
      withClient(async (c) =>
        vscode.window.withProgress(
          { location: vscode.ProgressLocation.Window, title: 'Triangulate: re-indexing' },
          () => c.sendRequest(ReindexRequest),
        ),
      ),
    ),
    vscode.commands.registerCommand('triangulate.findEntity', () =>
      withClient(async (c) => {
        const entities = await c.sendRequest(EntityListRequest);
        if (entities.length === 0) {
          void vscode.window.showInformationMessage(
            'No entities yet: Triangulate has not found any in this workspace.',
          );
          return;
        }
        const pick = await vscode.window.showQuickPick(
          entities.sort((a, b) => b.mentions - a.mentions).map(toPick),
          {
            placeHolder: 'Find an entity (people, organisations, places, equipment, quantities, dates)',
            matchOnDescription: true,
            matchOnDetail: true,
          },
        );
        const first = pick?.entity.first;
        if (!first) return;
        const range = c.protocol2CodeConverter.asRange(first.range);
        await vscode.window.showTextDocument(vscode.Uri.parse(first.uri), { selection: range });
      }),
    ),
    vscode.commands.registerCommand('triangulate.ignoreEntity', (entityId: unknown) =>
      withClient(async (c) => {
        if (typeof entityId !== 'string' || !requireTrust()) return;
        await report(await c.sendRequest(IgnoreEntityRequest, { entityId }));
      }),
    ),
    vscode.commands.registerCommand('triangulate.undoReview', (entry: unknown) =>
      withClient(async (c) => {
        const key = (entry as { key?: unknown } | undefined)?.key;
        if (typeof key !== 'string' || !requireTrust()) return;
        await report(await c.sendRequest(ReviewRequest, { action: 'undo', key }));
      }),
    ),
    vscode.commands.registerCommand('triangulate.review', (params: unknown) =>
      withClient(async (c) => {
        if (!params || typeof params !== 'object' || !requireTrust()) return;
        await report(await c.sendRequest(ReviewRequest, params as ReviewParams));
      }),
    ),
    vscode.commands.registerCommand('triangulate.mergeEntity', (fromId: unknown) =>
      withClient(async (c) => {
        if (typeof fromId !== 'string' || !requireTrust()) return;
        const entities = await c.sendRequest(EntityListRequest);
        const from = entities.find((e) => e.id === fromId);
        if (!from) return;
        const candidates = entities
          .filter((e) => e.id !== fromId && ['person', 'organization', 'place'].includes(e.type))
          .sort(
            (a, b) => Number(b.type === from.type) - Number(a.type === from.type) || b.mentions - a.mentions,
          );
        const pick = await vscode.window.showQuickPick(candidates.map(toPick), {
          placeHolder: `Merge “${from.name}” into… (its names become aliases of the entity you pick)`,
          matchOnDetail: true,
        });
        if (pick) await report(await c.sendRequest(MergeEntitiesRequest, { fromId, intoId: pick.entity.id }));
      }),
    ),
  ];
}
