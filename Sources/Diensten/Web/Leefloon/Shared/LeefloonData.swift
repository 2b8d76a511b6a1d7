import DienstenDomain
import Foundation
import Vapor

/// The leefloon parameters the application uses: the shipped files, or a city's own copy in the folder named by
/// `LEEFLOON_PARAMETERS` (changed without code). Read once; a broken file stops the advice with its located error
/// rather than giving advice from a guess.
enum LeefloonData {
    static let parameters: Result<LeefloonParameters, LeefloonParameterError> = {
        do {
            if let folder = Environment.get("LEEFLOON_PARAMETERS"), !folder.isEmpty {
                return .success(try LeefloonParameters.load(from: URL(fileURLWithPath: folder)))
            }
            return .success(try LeefloonParameters.bundled())
        } catch let error as LeefloonParameterError {
            return .failure(error)
        } catch {
            return .failure(LeefloonParameterError(file: "leefloon/parameters", "\(error)"))
        }
    }()

    /// The parameters, or a 500-free refusal naming the broken file.
    static func current() throws -> LeefloonParameters {
        switch parameters {
        case .success(let parameters): return parameters
        case .failure(let error): throw Abort(.serviceUnavailable, reason: "leefloonparameters onbruikbaar: \(error)")
        }
    }
}
