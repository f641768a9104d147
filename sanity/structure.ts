import type { StructureResolver } from 'sanity/structure'

/**
 * Editors think in projects: a project holds its specific objectives and thematic clusters, and a
 * cluster holds its activities; results sit with their project. Organisations and sources are shared
 * between projects, so they sit at the top.
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
            .child((projectId) =>
              S.list()
                .title('Project')
                .items([
                  S.listItem()
                    .title('Project details')
                    .id('details')
                    .child(S.document().schemaType('project').documentId(projectId)),
                  S.listItem()
                    .title('Specific objectives')
                    .id('objectives')
                    .child(
                      S.documentList()
                        .title('Specific objectives')
                        .schemaType('objective')
                        .filter('_type == "objective" && project._ref == $projectId')
                        .params({ projectId })
                        .defaultOrdering([{ field: 'order', direction: 'asc' }])
                        .initialValueTemplates([
                          S.initialValueTemplateItem('objective-in-project', { projectId }),
                        ]),
                    ),
                  S.listItem()
                    .title('Thematic clusters')
                    .id('clusters')
                    .child(
                      S.documentList()
                        .title('Thematic clusters')
                        .schemaType('thematicCluster')
                        .filter('_type == "thematicCluster" && project._ref == $projectId')
                        .params({ projectId })
                        .defaultOrdering([{ field: 'order', direction: 'asc' }])
                        .initialValueTemplates([
                          S.initialValueTemplateItem('cluster-in-project', { projectId }),
                        ])
                        .child((clusterId) =>
                          S.list()
                            .title('Thematic cluster')
                            .items([
                              S.listItem()
                                .title('Cluster details')
                                .id('cluster-details')
                                .child(
                                  S.document().schemaType('thematicCluster').documentId(clusterId),
                                ),
                              S.listItem()
                                .title('Activities')
                                .id('activities')
                                .child(
                                  S.documentList()
                                    .title('Activities')
                                    .schemaType('activity')
                                    .filter('_type == "activity" && cluster._ref == $clusterId')
                                    .params({ clusterId })
                                    .defaultOrdering([{ field: 'order', direction: 'asc' }])
                                    .initialValueTemplates([
                                      S.initialValueTemplateItem('activity-in-cluster', {
                                        projectId,
                                        clusterId,
                                      }),
                                    ]),
                                ),
                            ]),
                        ),
                    ),
                  S.listItem()
                    .title('Results')
                    .id('results')
                    .child(
                      S.documentList()
                        .title('Results')
                        .schemaType('result')
                        .filter('_type == "result" && project._ref == $projectId')
                        .params({ projectId })
                        .defaultOrdering([{ field: 'order', direction: 'asc' }])
                        .initialValueTemplates([
                          S.initialValueTemplateItem('result-in-project', { projectId }),
                        ]),
                    ),
                ]),
            ),
        ),
      S.divider(),
      S.documentTypeListItem('activity').title('All activities'),
      S.documentTypeListItem('organization').title('Organisations'),
      // Cited pages are shared: one page can support facts of several projects.
      S.documentTypeListItem('source').title('Sources'),
    ])
