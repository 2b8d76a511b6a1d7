import Fluent
import Platform
import SQLKit

/// The tables of the register part. Names pinned ("Diensten.M0xx_Name"); this part keeps the numbers M068–M072.
enum RegisterMigrations {
    static let all: [any Migration] = []
}
