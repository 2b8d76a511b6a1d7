/// Neumaier's compensated summation. Thousands of sector values of very different sizes summed in plain
/// floating point give a total that depends on the order of addition; this keeps the lost low-order bits,
/// so a total (and its rounding) is the same whichever order the children come in.
struct CompensatedSum {
    private var sum = 0.0
    private var compensation = 0.0

    mutating func add(_ value: Double) {
        let next = sum + value
        if abs(sum) >= abs(value) {
            compensation += (sum - next) + value
        } else {
            compensation += (value - next) + sum
        }
        sum = next
    }

    var value: Double { sum + compensation }
}
