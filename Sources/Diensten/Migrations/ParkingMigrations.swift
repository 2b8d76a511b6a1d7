import Fluent
import Platform
import SQLKit

/// The tables of the parking part. Names pinned ("Diensten.M0xx_Name"); this part keeps the numbers M060–M064.
enum ParkingMigrations {
    static let all: [any Migration] = []
}
