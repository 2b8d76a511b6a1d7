import Fluent
import Platform
import SQLKit

/// The tables of the energy part. Names pinned ("Diensten.M0xx_Name"); this part keeps the numbers M065–M067.
enum EnergyMigrations {
    static let all: [any Migration] = []
}
