import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { counted } from '../../../server/src/core/counted';
import { EntityListRequest, EntityMentionsRequest, type EntitySummary } from '../../../server/src/protocol';
import { entityCounts } from './entityText';
import { LazyTree } from './lazyTree';
import { openCommand } from './openCommand';

type EntityType = EntitySummary['type'];
type Node =
  | { kind: 'type'; type: EntityType; entities: EntitySummary[] }
  | { kind: 'entity'; e: EntitySummary }
  | {
      kind: 'source';
      entityId: string;
      uri: string;
      source: string;
      mentions: Array<{ range: vscode.Range; text: string }>;
    }
  | { kind: 'mention'; uri: string; range: vscode.Range; text: string; key: string };

const TYPES: Array<{ type: EntityType; label: string; icon: string }> = [
  { type: 'person', label: 'People', icon: 'person' },
  { type: 'organization', label: 'Organisations', icon: 'organization' },
  { type: 'place', label: 'Places', icon: 'location' },
  { type: 'equipment', label: 'Equipment', icon: 'tools' },
  { type: 'quantity', label: 'Quantities', icon: 'symbol-number' },
  { type: 'date', label: 'Dates', icon: 'calendar' },
];

/**
 * The Entities view: the whole workspace's entities grouped by type with mention counts; an entity
 * expands to its sources and each source to its mentions. A filter narrows it by name or alias.
 */
export class EntitiesView extends LazyTree<Node> {
  private entities: EntitySummary[] = [];
  private filter = '';

  constructor(getClient: () => LanguageClient | undefined) {
    super('triangulate.entities', getClient, { showCollapseAll: true });
  }

  protected async load(client: LanguageClient | undefined): Promise<boolean> {
    if (!client) {
      this.entities = [];
      this.view.message = 'Triangulate is not enabled for this workspace.';
      return true;
    }
    this.entities = await client.sendRequest(EntityListRequest);
    this.updateMessage();
    return true;
  }

  async setFilter(filter: string): Promise<void> {
    this.filter = filter.trim().toLowerCase();
    this.view.description = this.filter ? `filter: ${filter.trim()}` : undefined;
    await vscode.commands.executeCommand('setContext', 'triangulate.entityFilter', this.filter.length > 0);
    this.updateMessage();
    this.changed.fire(undefined);
  }

  private visible(): EntitySummary[] {
    if (!this.filter) return this.entities;
    return this.entities.filter((e) =>
      [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(this.filter)),
    );
  }

  private updateMessage(): void {
    if (this.entities.length === 0)
      this.view.message = 'No entities yet: the workspace is being indexed, or holds no articles.';
    else if (this.visible().length === 0) this.view.message = `No entity matches “${this.filter}”.`;
    else this.view.message = undefined;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      const entities = this.visible();
      return TYPES.map(({ type }) => ({
        kind: 'type' as const,
        type,
        entities: entities
          .filter((e) => e.type === type)
          .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)),
      })).filter((g) => g.entities.length > 0);
    }
    if (node.kind === 'type') return node.entities.map((e) => ({ kind: 'entity', e }));
    if (node.kind === 'entity') {
      const client = this.getClient();
      const result = client && (await client.sendRequest(EntityMentionsRequest, { entityId: node.e.id }));
      if (!result || !client) return [];
      return result.sources.map((s) => ({
        kind: 'source',
        entityId: node.e.id,
        uri: s.uri,
        source: s.source,
        mentions: s.mentions.map((m) => ({
          range: client.protocol2CodeConverter.asRange(m.range),
          text: m.text,
        })),
      }));
    }
    if (node.kind === 'source') {
      return node.mentions.map((m) => ({
        kind: 'mention',
        uri: node.uri,
        range: m.range,
        text: m.text,
        key: `${node.entityId}@${node.uri}#${m.range.start.line}:${m.range.start.character}`,
      }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'type': {
        const meta = TYPES.find((t) => t.type === node.type)!;
        const item = new vscode.TreeItem(meta.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `type:${node.type}`;
        item.description = String(node.entities.length);
        // The icon's colour is the one the default themes give this type in articles: the legend.
        item.iconPath = new vscode.ThemeIcon(
          meta.icon,
          new vscode.ThemeColor(`triangulate.entity.${node.type}`),
        );
        item.tooltip = `${meta.label} are shown in this colour in the articles`;
        return item;
      }
      case 'entity': {
        const { e } = node;
        const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `entity:${e.id}`;
        item.description = `${e.mentions} in ${counted(e.sources, 'source')}`;
        item.tooltip = [
          e.name,
          entityCounts(e),
          ...(e.aliases.length ? [`Also: ${e.aliases.join(', ')}`] : []),
        ].join('\n');
        item.contextValue = ['person', 'organization', 'place'].includes(e.type) ? 'entity.name' : 'entity';
        return item;
      }
      case 'source': {
        const item = new vscode.TreeItem(node.source, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `source:${node.entityId}@${node.uri}`;
        item.description = `${node.mentions.length}×`;
        item.iconPath = vscode.ThemeIcon.File;
        item.resourceUri = vscode.Uri.parse(node.uri);
        return item;
      }
      case 'mention': {
        const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
        item.id = `mention:${node.key}`;
        item.description = `line ${node.range.start.line + 1}`;
        item.tooltip = node.text;
        item.command = openCommand('Go to mention', node.uri, node.range);
        return item;
      }
    }
  }
}
