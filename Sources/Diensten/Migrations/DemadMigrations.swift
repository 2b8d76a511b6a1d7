import Fluent
import Platform
import SQLKit

/// The tables of the demad part. Names pinned ("Diensten.M0xx_Name"); this part keeps the numbers M073–M075.
enum DemadMigrations {
    static let all: [any Migration] = []
}
