import Platform

/// The write routes of the demad part. Cases and measurements are written by editors (or more) of the own
/// organisation, and always land in it; taking part in the benchmark is the organisation admin's choice.
extension WriteRoute {
    public static let demadOpenCase = WriteRoute("demad.openCase", DemadPath.Route.cases.pattern, rule: .member(.editor), target: .ownOrganisation)
    public static let demadMeasure = WriteRoute("demad.measure", DemadPath.Route.measurements.pattern, rule: .member(.editor), target: .ownOrganisation)
    public static let demadSettings = WriteRoute("demad.settings", DemadPath.Route.settings.pattern, rule: .member(.editor), target: .ownOrganisation)
    public static let demadImport = WriteRoute("demad.import", DemadPath.Route.importFile.pattern, rule: .member(.editor), target: .ownOrganisation,
                                               streamsUpload: true, maximumBody: "4mb")
    public static let demadParticipation = WriteRoute("demad.participation", DemadPath.Route.participation.pattern, rule: .member(.organisationAdmin),
                                                      target: .ownOrganisation)

    static let demad: [WriteRoute] = [.demadOpenCase, .demadMeasure, .demadSettings, .demadImport, .demadParticipation]
}
