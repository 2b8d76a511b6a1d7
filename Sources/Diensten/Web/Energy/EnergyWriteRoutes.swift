import AccessDomain
import Platform

/// The write routes of the energy part. Exploring a made-up building and the allocation API compute and store
/// nothing: anyone may (the form with its CSRF token, the API without). A building, its setup and its meter data
/// belong to the member's own organisation and take an editor.
extension WriteRoute {
    public static let energyExplore = WriteRoute("energy.explore", EnergyPath.Route.explore.pattern, rule: .anyone)
    public static let energyCreateBuilding = WriteRoute(
        "energy.createBuilding", EnergyPath.Route.buildings.pattern, rule: .member(.editor), target: .ownOrganisation)
    public static let energySaveSettings = WriteRoute(
        "energy.saveSettings", EnergyPath.Route.settings.pattern, rule: .member(.editor), target: .ownOrganisation)
    /// One year of one meter's quarter hours is about 8 MB of CSV; an upload takes several files up to this limit.
    public static let energyUploadMeters = WriteRoute(
        "energy.uploadMeters", EnergyPath.Route.meters.pattern, rule: .member(.editor), target: .ownOrganisation,
        streamsUpload: true, maximumBody: "64mb")
    /// A quarter hour of up to `SharingAllocation.maximumParticipants` participants fits well within 1 MB of JSON.
    public static let energyAPIAllocate = WriteRoute(
        "energy.apiAllocate", EnergyAPIPath.Route.allocate.pattern, rule: .anyone, isAPI: true, maximumBody: "1mb")

    static let energy: [WriteRoute] = [.energyExplore, .energyCreateBuilding, .energySaveSettings, .energyUploadMeters, .energyAPIAllocate]
}
