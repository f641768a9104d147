import type { StructureBuilder, StructureResolver } from 'sanity/structure'
import { SITE_SETTINGS_ID } from './schemaTypes/documents/siteSettings'
import { IatiReadinessPane } from './iati-readiness-pane'

/** A parent document: the field its children reference it by, and its id. */
type Parent = { field: 'project' | 'cluster'; id: string }
type Template = ReturnType<StructureBuilder['initialValueTemplateItem']>

/**
 * The documents of one type that reference a parent, in their editorial order; a new one starts
 * from `template`, which fills in the parent.
 */
function childList(
  S: StructureBuilder,
  title: string,
  type: string,
  parent: Parent,
  template: Template,
) {
  const param = `${parent.field}Id`
  return S.documentList()
    .title(title)
    .schemaType(type)
    .filter(`_type == "${type}" && ${parent.field}._ref == $${param}`)
    .params({ [param]: parent.id })
    .defaultOrdering([{ field: 'order', direction: 'asc' }])
    .initialValueTemplates([template])
}

/** A cluster: its own details, then its activities. */
function clusterStructure(S: StructureBuilder, projectId: string, clusterId: string) {
  const cluster: Parent = { field: 'cluster', id: clusterId }
  const newActivity = S.initialValueTemplateItem('activity-in-cluster', { projectId, clusterId })
  return S.list()
    .title('Thematic cluster')
    .items([
      S.listItem()
        .title('Cluster details')
        .id('cluster-details')
        .child(S.document().schemaType('thematicCluster').documentId(clusterId)),
      S.listItem()
        .title('Activities')
        .id('activities')
        .child(childList(S, 'Activities', 'activity', cluster, newActivity)),
    ])
}

/** A project: its own details, then its specific objectives, thematic clusters and results. */
function projectStructure(S: StructureBuilder, projectId: string) {
  const project: Parent = { field: 'project', id: projectId }
  const inProject = (title: string, type: string, template: string) =>
    childList(S, title, type, project, S.initialValueTemplateItem(template, { projectId }))
  return S.list()
    .title('Project')
    .items([
      S.listItem()
        .title('Project details')
        .id('details')
        .child(S.document().schemaType('project').documentId(projectId)),
      S.listItem()
        .title('Specific objectives')
        .id('objectives')
        .child(inProject('Specific objectives', 'objective', 'objective-in-project')),
      S.listItem()
        .title('Thematic clusters')
        .id('clusters')
        .child(
          inProject('Thematic clusters', 'thematicCluster', 'cluster-in-project').child(
            (clusterId) => clusterStructure(S, projectId, clusterId),
          ),
        ),
      S.listItem()
        .title('Results')
        .id('results')
        .child(inProject('Results', 'result', 'result-in-project')),
      S.listItem()
        .title('IATI readiness')
        .id('iati-readiness')
        .child(
          S.component(IatiReadinessPane)
            .id('iati-readiness-pane')
            .title('IATI readiness')
            .options({ projectId }),
        ),
    ])
}

/**
 * Editors think in projects: a project holds its specific objectives and thematic clusters, and a
 * cluster holds its activities; results sit with their project. Organisations and sources are shared
 * between projects, so they sit at the top. Updates (news) are listed newest first; the site
 * settings are one document, opened directly (no list, no way to add a second one).
 */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .title('Projects')
        .id('projects')
        .child(
          S.documentTypeList('project')
            .title('Projects')
            .child((projectId) => projectStructure(S, projectId)),
        ),
      S.listItem()
        .title('Updates')
        .id('updates')
        .schemaType('update')
        .child(
          S.documentTypeList('update')
            .title('Updates')
            .defaultOrdering([{ field: 'publishedAt', direction: 'desc' }]),
        ),
      S.divider(),
      S.documentTypeListItem('activity').title('All activities'),
      S.documentTypeListItem('organization').title('Organisations'),
      // Cited pages are shared: one page can support facts of several projects.
      S.documentTypeListItem('source').title('Sources'),
      S.divider(),
      S.listItem()
        .title('Site settings')
        .id(SITE_SETTINGS_ID)
        .schemaType('siteSettings')
        .child(
          S.document()
            .schemaType('siteSettings')
            .documentId(SITE_SETTINGS_ID)
            .title('Site settings'),
        ),
    ])
