import Vapor

/// The addresses a load balancer, an orchestrator or Prometheus asks: is the process alive, may it get traffic, and
/// its counters. Outside `/api/v1`: they describe this server, not the data.
public enum OperationsPath: TypedPath {
    case health, ready, metrics

    public enum Route: PathRoute {
        case health, ready, metrics

        public var pattern: [PathComponent] {
            switch self {
            case .health: ["health"]
            case .ready: ["ready"]
            case .metrics: ["metrics"]
            }
        }
    }

    public var route: Route {
        switch self {
        case .health: .health
        case .ready: .ready
        case .metrics: .metrics
        }
    }

    public var parameters: [String: String] { [:] }
}
