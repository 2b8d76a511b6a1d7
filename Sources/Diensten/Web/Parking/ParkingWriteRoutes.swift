import Platform

/// The write routes of the parking register. Every write is the city's own: an editor (or more) of the organisation
/// in the path, or a platform admin. Forms carry the CSRF token; the zone import is a streamed upload of at most 8 MB.
extension WriteRoute {
    public static let parkingHolderCreate = WriteRoute("parking.holderCreate", ParkingPath.Route.holders.pattern, rule: .member(.editor),
                                                       target: .organisationInPath)
    public static let parkingRightIssue = WriteRoute("parking.rightIssue", ParkingPath.Route.holder.pattern, rule: .member(.editor),
                                                     target: .organisationInPath)
    public static let parkingRightStatus = WriteRoute("parking.rightStatus", ParkingPath.Route.rightStatus.pattern, rule: .member(.editor),
                                                      target: .organisationInPath)
    public static let parkingRightPlate = WriteRoute("parking.rightPlate", ParkingPath.Route.rightPlate.pattern, rule: .member(.editor),
                                                     target: .organisationInPath)
    public static let parkingImport = WriteRoute("parking.import", ParkingPath.Route.importZones.pattern, rule: .member(.editor),
                                                 target: .organisationInPath, streamsUpload: true, maximumBody: "8mb")

    static let parking: [WriteRoute] = [.parkingHolderCreate, .parkingRightIssue, .parkingRightStatus, .parkingRightPlate, .parkingImport]
}
